
import { useState } from "react"
import { useAdjustGrowth } from "../../hooks/customer-growth"
import { FormValueError, wholeNumber } from "../../lib/form-values"
import { signed } from "../../lib/tier-display"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { NumberField } from "../common/number-field"
import { ReasonField } from "../common/reason-field"
import { useFormSubmit } from "../common/use-form-submit"
import { toastSuccess } from "../common/toast-success"

type Props = { customerId: string; open: boolean; onOpenChange: (open: boolean) => void }

/** A manual growth correction (goodwill, a mistake…), with the reason kept in the growth history. */
export const AdjustGrowthDrawer = ({ customerId, open, onOpenChange }: Props) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <AdjustForm customerId={customerId} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)

const AdjustForm = ({ customerId, onDone }: { customerId: string; onDone: () => void }) => {
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const adjust = useAdjustGrowth(customerId)
  const { error, submit, clearingError } = useFormSubmit({
    validate: () => (note.trim() ? null : "Enter a reason for the adjustment."),
    save: async () => {
      const value = wholeNumber(amount, "Amount", { signed: true })
      if (!value) {
        throw new FormValueError("Enter an amount other than 0, e.g. 50 or -50.")
      }
      const { tier } = await adjust.mutateAsync({ amount: value, note: note.trim() })
      toastSuccess(`Growth adjusted by ${signed(value)}`, tier ? `Tier: ${tier.name}` : "No tier")
      onDone()
    },
  })

  return (
    <DrawerForm
      title="Adjust growth"
      description="Adds growth, or takes it away with a negative amount; the customer's tier follows."
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save adjustment"
      isSubmitting={adjust.isPending}
    >
      <NumberField
        id="growth-amount"
        label="Amount"
        hint="A positive amount adds growth, a negative one takes it away."
        value={amount}
        onChange={clearingError(setAmount)}
      />
      <ReasonField
        id="growth-note"
        value={note}
        onChange={clearingError(setNote)}
        placeholder="Goodwill for a delayed order"
        hint="Saved in the customer's growth history."
      />
    </DrawerForm>
  )
}
