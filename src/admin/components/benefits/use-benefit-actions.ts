import { toast } from "@medusajs/ui"
import { MembershipBenefit, useDeleteBenefit, useUpdateBenefit } from "../../hooks/membership-benefits"
import { useConfirmedAction } from "../common/use-confirmed-action"

/** Archive (members stop getting it) or reactivate a benefit, after the merchant confirms. */
export function useBenefitStatusToggle() {
  const confirmThen = useConfirmedAction()
  const updateBenefit = useUpdateBenefit()

  return (benefit: MembershipBenefit) => {
    const archiving = benefit.status === "active"
    return confirmThen(
      {
        title: archiving ? `Archive "${benefit.name}"?` : `Reactivate "${benefit.name}"?`,
        description: archiving
          ? "Members stop getting this benefit; it stays in the catalogue and can be reactivated."
          : "Members of its plans and tiers get this benefit again.",
        confirmText: archiving ? "Archive" : "Reactivate",
        variant: archiving ? "danger" : "confirmation",
      },
      async () => {
        await updateBenefit.mutateAsync({ id: benefit.id, status: archiving ? "archived" : "active" })
        toast.success(archiving ? `Benefit "${benefit.name}" archived` : `Benefit "${benefit.name}" reactivated`)
      }
    )
  }
}

/** Delete a benefit after the merchant confirms. */
export function useDeleteBenefitPrompt() {
  const confirmThen = useConfirmedAction()
  const deleteBenefit = useDeleteBenefit()

  return (benefit: MembershipBenefit) =>
    confirmThen(
      {
        title: `Delete "${benefit.name}"?`,
        description: "Members lose this benefit at once and it leaves the catalogue. Archive it instead to keep it.",
        confirmText: "Delete",
      },
      async () => {
        await deleteBenefit.mutateAsync(benefit.id)
        toast.success(`Benefit "${benefit.name}" deleted`)
      }
    )
}
