import { FormEvent, useState } from "react"
import { errorMessage } from "./form-error"

type FormSubmitOptions = {
  /** A message when the form cannot be sent as it is; the submit stops there. */
  validate?: () => string | null
  /** Sends the form; what it throws is shown as the error (the server's message, as is). */
  save: () => Promise<void>
}

/** What a `DrawerForm` shows of its form's submit. */
export type FormSubmitState = { submit: (event: FormEvent) => void; error: string | null; isSubmitting: boolean }

/**
 * A form's submit handler, whether it is saving, and the error its `DrawerForm` shows. The error
 * goes away as soon as the user edits again: wrap a field's setter in `clearingError` (or call `clearError`).
 */
export const useFormSubmit = ({ validate, save }: FormSubmitOptions) => {
  const [error, setError] = useState<string | null>(null)
  const [isSubmitting, setSubmitting] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const invalid = validate?.() ?? null
    if (invalid) {
      setError(invalid)
      return
    }
    setError(null)
    setSubmitting(true)
    try {
      await save()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSubmitting(false)
    }
  }

  const clearingError =
    <T>(setValue: (value: T) => void) =>
    (value: T) => {
      setValue(value)
      setError(null)
    }

  return { error, submit, isSubmitting, clearingError, clearError: () => setError(null) }
}
