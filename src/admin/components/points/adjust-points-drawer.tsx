import { useState } from "react"
import { useAdjustPoints } from "../../hooks/points"
import { points } from "../../lib/points-display"
import { signed } from "../../lib/tier-display"
import { AdjustAmountForm } from "../common/adjust-amount-form"
import { formDrawer } from "../common/form-drawer"
import { toastSuccess } from "../common/toast-success"

const AdjustPointsForm = ({ customerId, onDone }: { customerId: string; onDone: () => void }) => {
  // One key per opened form: a request sent again (a retry, a double submit) adjusts once.
  const [idempotencyKey] = useState(() => `admin-adjust:${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`)
  const adjust = useAdjustPoints(customerId)

  return (
    <AdjustAmountForm
      title="Adjust points"
      description="Adds points the customer can spend at once, or takes available points away with a negative amount."
      amountField={{
        id: "points-adjust-amount",
        label: "Points",
        hint: "A positive number adds points, a negative one takes available points away.",
      }}
      reasonField={{ id: "points-adjust-reason", hint: "Saved on the customer's points ledger." }}
      zeroMessage="Enter points other than 0, e.g. 500 or -500."
      onSave={async (value, reason) => {
        const { balances } = await adjust.mutateAsync({ points: value, reason, idempotency_key: idempotencyKey })
        toastSuccess(`Points adjusted by ${signed(value)}`, `${points(balances.available)} available`)
        onDone()
      }}
    />
  )
}

/** A merchant's points correction, with the reason kept on the customer's ledger. */
export const AdjustPointsDrawer = formDrawer(AdjustPointsForm)
