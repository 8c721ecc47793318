import { toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { Partner, useDeletePartner, useUpdatePartner } from "../../hooks/partners"
import { useConfirmedAction } from "../common/use-confirmed-action"

/** Suspend (its keys stop working) or reactivate a partner, after the merchant confirms. */
export function usePartnerStatusToggle() {
  const confirmThen = useConfirmedAction()
  const update = useUpdatePartner()
  return (partner: Partner) => {
    const suspending = partner.status === "active"
    return confirmThen(
      {
        title: suspending ? `Suspend "${partner.name}"?` : `Reactivate "${partner.name}"?`,
        description: suspending
          ? "Every API key of the partner answers 401 until you reactivate it. Members keep their codes."
          : "The partner's keys that are not revoked work again.",
        confirmText: suspending ? "Suspend" : "Reactivate",
        variant: suspending ? "danger" : "confirmation",
      },
      async () => {
        await update.mutateAsync({ id: partner.id, status: suspending ? "suspended" : "active" })
        toast.success(suspending ? `Partner "${partner.name}" suspended` : `Partner "${partner.name}" reactivated`)
      }
    )
  }
}

/** Delete a partner after the merchant confirms (the server refuses while benefits name it); then back to the list. */
export function useDeletePartnerPrompt() {
  const confirmThen = useConfirmedAction()
  const remove = useDeletePartner()
  const navigate = useNavigate()
  return (partner: Partner) =>
    confirmThen(
      {
        title: `Delete "${partner.name}"?`,
        description: "Its API keys stop working at once. A partner whose benefits still exist cannot be deleted: suspend it instead.",
        confirmText: "Delete",
      },
      async () => {
        await remove.mutateAsync(partner.id)
        toast.success(`Partner "${partner.name}" deleted`)
        navigate("/membership/partners")
      }
    )
}
