import { ReactNode, useState } from "react"
import { FormValueError, wholeNumber } from "../../lib/form-values"
import { DrawerForm } from "./form-drawer"
import { NumberField } from "./number-field"
import { ReasonField } from "./reason-field"
import { useFormSubmit } from "./use-form-submit"

type AdjustAmountFormProps = {
  title: string
  description: string
  /** The signed whole amount's field; its label also names it in validation messages. */
  amountField: { id: string; label: string; hint: ReactNode }
  reasonField: { id: string; hint: ReactNode }
  /** The message when the amount is 0. */
  zeroMessage: string
  /** Saves the checked amount and trimmed reason; what it throws is shown as the form's error. */
  onSave: (amount: number, reason: string) => Promise<void>
}

/** A manual correction by a signed whole amount, with a required reason (inside a `FormDrawer`). */
export const AdjustAmountForm = ({
  title,
  description,
  amountField,
  reasonField,
  zeroMessage,
  onSave,
}: AdjustAmountFormProps) => {
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const form = useFormSubmit({
    validate: () => (reason.trim() ? null : "Enter a reason for the adjustment."),
    save: async () => {
      const value = wholeNumber(amount, amountField.label, { signed: true })
      if (!value) {
        throw new FormValueError(zeroMessage)
      }
      await onSave(value, reason.trim())
    },
  })

  return (
    <DrawerForm title={title} description={description} form={form} submitLabel="Save adjustment">
      <NumberField {...amountField} value={amount} onChange={form.clearingError(setAmount)} />
      <ReasonField
        {...reasonField}
        value={reason}
        onChange={form.clearingError(setReason)}
        placeholder="Goodwill for a delayed order"
      />
    </DrawerForm>
  )
}
