import { toast, usePrompt } from "@medusajs/ui"
import { MembershipBenefit, useDeleteBenefit, useUpdateBenefit } from "../../hooks/membership-benefits"
import { errorMessage } from "../common/form-error"

/** Archive (members stop getting it) or reactivate a benefit, after the merchant confirms. */
export function useBenefitStatusToggle() {
  const prompt = usePrompt()
  const updateBenefit = useUpdateBenefit()

  return async (benefit: MembershipBenefit) => {
    const archiving = benefit.status === "active"
    const confirmed = await prompt({
      title: archiving ? `Archive "${benefit.name}"?` : `Reactivate "${benefit.name}"?`,
      description: archiving
        ? "Members stop getting this benefit; it stays in the catalogue and can be reactivated."
        : "Members of its plans and tiers get this benefit again.",
      confirmText: archiving ? "Archive" : "Reactivate",
      cancelText: "Cancel",
      variant: archiving ? "danger" : "confirmation",
    })
    if (!confirmed) {
      return
    }
    try {
      await updateBenefit.mutateAsync({ id: benefit.id, status: archiving ? "archived" : "active" })
      toast.success(archiving ? `Benefit "${benefit.name}" archived` : `Benefit "${benefit.name}" reactivated`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
}

/** Delete a benefit after the merchant confirms. */
export function useDeleteBenefitPrompt() {
  const prompt = usePrompt()
  const deleteBenefit = useDeleteBenefit()

  return async (benefit: MembershipBenefit) => {
    const confirmed = await prompt({
      title: `Delete "${benefit.name}"?`,
      description: "Members lose this benefit at once and it leaves the catalogue. Archive it instead to keep it.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    try {
      await deleteBenefit.mutateAsync(benefit.id)
      toast.success(`Benefit "${benefit.name}" deleted`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
}
