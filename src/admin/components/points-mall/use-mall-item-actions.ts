import { toast } from "@medusajs/ui"
import { MallItem, useDeleteMallItem, useUpdateMallItem } from "../../hooks/points-mall"
import { useConfirmedAction } from "../common/use-confirmed-action"

/** Archive (out of the mall) or reactivate an item, after the merchant confirms. */
export function useMallItemStatusToggle() {
  const confirmThen = useConfirmedAction()
  const update = useUpdateMallItem()

  return (item: MallItem) => {
    const archiving = item.status === "active"
    return confirmThen(
      {
        title: archiving ? `Archive "${item.name}"?` : `Reactivate "${item.name}"?`,
        description: archiving
          ? "Customers can no longer redeem it; its redemptions stay, and it can be reactivated."
          : "Customers can redeem it again within its window.",
        confirmText: archiving ? "Archive" : "Reactivate",
        variant: archiving ? "danger" : "confirmation",
      },
      async () => {
        await update.mutateAsync({ id: item.id, status: archiving ? "archived" : "active" })
        toast.success(archiving ? `Item "${item.name}" archived` : `Item "${item.name}" reactivated`)
      }
    )
  }
}

/** Delete an item after the merchant confirms. */
export function useDeleteMallItemPrompt() {
  const confirmThen = useConfirmedAction()
  const remove = useDeleteMallItem()

  return (item: MallItem) =>
    confirmThen(
      {
        title: `Delete "${item.name}"?`,
        description: "It leaves the mall for good. Archive it instead to keep it.",
        confirmText: "Delete",
      },
      async () => {
        await remove.mutateAsync(item.id)
        toast.success(`Item "${item.name}" deleted`)
      }
    )
}
