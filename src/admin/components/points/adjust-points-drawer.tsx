import { useState } from "react"
import { useAdjustPoints } from "../../hooks/points"
import { FormValueError, wholeNumber } from "../../lib/form-values"
import { points } from "../../lib/points-display"
import { signed } from "../../lib/tier-display"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { NumberField } from "../common/number-field"
import { ReasonField } from "../common/reason-field"
import { toastSuccess } from "../common/toast-success"
import { useFormSubmit } from "../common/use-form-submit"

type Props = { customerId: string; open: boolean; onOpenChange: (open: boolean) => void }

/** A merchant's points correction, with the reason kept on the customer's ledger. */
export const AdjustPointsDrawer = ({ customerId, open, onOpenChange }: Props) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <AdjustForm customerId={customerId} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)

const AdjustForm = ({ customerId, onDone }: { customerId: string; onDone: () => void }) => {
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  // One key per opened form: a request sent again (a retry, a double submit) adjusts once.
  const [idempotencyKey] = useState(() => `admin-adjust:${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`)
  const adjust = useAdjustPoints(customerId)
  const { error, submit, clearingError } = useFormSubmit({
    validate: () => (reason.trim() ? null : "Enter a reason for the adjustment."),
    save: async () => {
      const value = wholeNumber(amount, "Points", { signed: true })
      if (!value) {
        throw new FormValueError("Enter points other than 0, e.g. 500 or -500.")
      }
      const { balances } = await adjust.mutateAsync({ points: value, reason: reason.trim(), idempotency_key: idempotencyKey })
      toastSuccess(`Points adjusted by ${signed(value)}`, `${points(balances.available)} available`)
      onDone()
    },
  })

  return (
    <DrawerForm
      title="Adjust points"
      description="Adds points the customer can spend at once, or takes available points away with a negative amount."
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save adjustment"
      isSubmitting={adjust.isPending}
    >
      <NumberField
        id="points-adjust-amount"
        label="Points"
        hint="A positive number adds points, a negative one takes available points away."
        value={amount}
        onChange={clearingError(setAmount)}
      />
      <ReasonField
        id="points-adjust-reason"
        value={reason}
        onChange={clearingError(setReason)}
        placeholder="Goodwill for a delayed order"
        hint="Saved on the customer's points ledger."
      />
    </DrawerForm>
  )
}
