import { toast } from "@medusajs/ui"
import { MembershipPlan, useUpdatePlan } from "../../hooks/membership-plans"
import { useConfirmedAction } from "../common/use-confirmed-action"

/** Archive (stops new purchases) or reactivate a plan, after the merchant confirms. */
export function usePlanStatusToggle() {
  const confirmThen = useConfirmedAction()
  const updatePlan = useUpdatePlan()

  return (plan: MembershipPlan) => {
    const archiving = plan.status === "active"
    return confirmThen(
      {
        title: archiving ? `Archive "${plan.name}"?` : `Reactivate "${plan.name}"?`,
        description: archiving
          ? "Shoppers can no longer buy this plan. Existing members keep their current period."
          : "Shoppers can buy this plan again.",
        confirmText: archiving ? "Archive" : "Reactivate",
        variant: archiving ? "danger" : "confirmation",
      },
      async () => {
        await updatePlan.mutateAsync({ id: plan.id, status: archiving ? "archived" : "active" })
        toast.success(archiving ? `Plan "${plan.name}" archived` : `Plan "${plan.name}" reactivated`)
      }
    )
  }
}
