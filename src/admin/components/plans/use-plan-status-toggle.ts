import { toast, usePrompt } from "@medusajs/ui"
import { MembershipPlan, useUpdatePlan } from "../../hooks/membership-plans"
import { errorMessage } from "../common/form-error"

/** Archive (stops new purchases) or reactivate a plan, after the merchant confirms. */
export function usePlanStatusToggle() {
  const prompt = usePrompt()
  const updatePlan = useUpdatePlan()

  return async (plan: MembershipPlan) => {
    const archiving = plan.status === "active"
    const confirmed = await prompt({
      title: archiving ? `Archive "${plan.name}"?` : `Reactivate "${plan.name}"?`,
      description: archiving
        ? "Shoppers can no longer buy this plan. Existing members keep their current period."
        : "Shoppers can buy this plan again.",
      confirmText: archiving ? "Archive" : "Reactivate",
      cancelText: "Cancel",
      variant: archiving ? "danger" : "confirmation",
    })
    if (!confirmed) {
      return
    }
    try {
      await updatePlan.mutateAsync({ id: plan.id, status: archiving ? "archived" : "active" })
      toast.success(archiving ? `Plan "${plan.name}" archived` : `Plan "${plan.name}" reactivated`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
}
