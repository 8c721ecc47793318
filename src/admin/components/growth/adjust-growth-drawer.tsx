import { useAdjustGrowth } from "../../hooks/customer-growth"
import { signed } from "../../lib/tier-display"
import { AdjustAmountForm } from "../common/adjust-amount-form"
import { formDrawer } from "../common/form-drawer"
import { toastSuccess } from "../common/toast-success"

const AdjustGrowthForm = ({ customerId, onDone }: { customerId: string; onDone: () => void }) => {
  const adjust = useAdjustGrowth(customerId)
  return (
    <AdjustAmountForm
      title="Adjust growth"
      description="Adds growth, or takes it away with a negative amount; the customer's tier follows."
      amountField={{ id: "growth-amount", label: "Amount", hint: "A positive amount adds growth, a negative one takes it away." }}
      reasonField={{ id: "growth-note", hint: "Saved in the customer's growth history." }}
      zeroMessage="Enter an amount other than 0, e.g. 50 or -50."
      onSave={async (value, note) => {
        const { tier } = await adjust.mutateAsync({ amount: value, note })
        toastSuccess(`Growth adjusted by ${signed(value)}`, tier ? `Tier: ${tier.name}` : "No tier")
        onDone()
      }}
    />
  )
}

/** A manual growth correction (goodwill, a mistake…), with the reason kept in the growth history. */
export const AdjustGrowthDrawer = formDrawer(AdjustGrowthForm)
