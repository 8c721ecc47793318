import { FormEvent, useState } from "react"
import { errorMessage } from "./form-error"

type FormSubmitOptions = {
  /** A message when the form cannot be sent as it is; the submit stops there. */
  validate?: () => string | null
  /** Sends the form; what it throws is shown as the error (the server's message, as is). */
  save: () => Promise<void>
}

/**
 * A form's submit handler and the error its `DrawerForm` shows. The error goes away as soon as
 * the user edits again: wrap a field's setter in `clearingError` (or call `clearError`).
 */
export const useFormSubmit = ({ validate, save }: FormSubmitOptions) => {
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const invalid = validate?.() ?? null
    if (invalid) {
      setError(invalid)
      return
    }
    setError(null)
    try {
      await save()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const clearingError =
    <T>(setValue: (value: T) => void) =>
    (value: T) => {
      setValue(value)
      setError(null)
    }

  return { error, submit, clearingError, clearError: () => setError(null) }
}
