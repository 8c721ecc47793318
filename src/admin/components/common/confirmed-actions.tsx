import { ArchiveBox, ArrowPath, Trash } from "@medusajs/icons"
import { toast } from "@medusajs/ui"
import { ReactNode } from "react"
import type { Action } from "./action-menu"
import { toastSuccess } from "./toast-success"
import { useConfirmedAction } from "./use-confirmed-action"

type Named = { id: string; name: string }
type Sends<V, R = unknown> = { mutateAsync: (variables: V) => Promise<R> }

/** How a thing is taken out of service: archived (plans, benefits, mall items) or suspended (partners). */
export type Stop<S extends string> = { label: string; done: string; status: S; icon: ReactNode }

export const ARCHIVE: Stop<"archived"> = { label: "Archive", done: "archived", status: "archived", icon: <ArchiveBox /> }

/** What the confirmations say: `noun` names the thing in the toasts (`Benefit "Gold perks" archived`). */
type StatusTexts = { noun: string; stopping: string; restarting: string }

/** The menu action that takes an active thing out of service, or reactivates it, after the merchant confirms. */
export function useStatusToggle<S extends string>(update: Sends<{ id: string; status: S | "active" }>, stop: Stop<S>, texts: StatusTexts) {
  const confirmThen = useConfirmedAction()
  return (item: Named & { status: string }): Action => {
    const stopping = item.status === "active"
    const label = stopping ? stop.label : "Reactivate"
    const confirmation = {
      title: `${label} "${item.name}"?`,
      description: stopping ? texts.stopping : texts.restarting,
      confirmText: label,
      variant: stopping ? "danger" : "confirmation",
    } as const
    const run = async () => {
      await update.mutateAsync({ id: item.id, status: stopping ? stop.status : "active" })
      toast.success(`${texts.noun} "${item.name}" ${stopping ? stop.done : "reactivated"}`)
    }
    return { label, icon: stopping ? stop.icon : <ArrowPath />, onClick: () => confirmThen(confirmation, run) }
  }
}

type RemoveTexts<T> = { noun: string; deleting: string | ((item: T) => string) }

type RemoveOptions<T, R> = {
  /** Another word than "Delete" / "deleted", e.g. `["Revoke", "revoked"]`. */
  verb?: [label: string, done: string]
  /** The success toast's second line, from the server's answer. */
  detail?: (result: R) => string
  disabled?: (item: T) => boolean
  /** After the toast, e.g. leave the deleted thing's page. */
  after?: () => void
}

/** The menu action that deletes (or revokes) a thing after the merchant confirms. */
export function useRemoveAction<T extends Named, R>(remove: Sends<string, R>, texts: RemoveTexts<T>, options: RemoveOptions<T, R> = {}) {
  const confirmThen = useConfirmedAction()
  const [label, done] = options.verb ?? ["Delete", "deleted"]
  return (item: T): Action => {
    const description = typeof texts.deleting === "function" ? texts.deleting(item) : texts.deleting
    const run = async () => {
      const result = await remove.mutateAsync(item.id)
      const title = `${texts.noun} "${item.name}" ${done}`
      if (options.detail) {
        toastSuccess(title, options.detail(result))
      } else {
        toast.success(title)
      }
      options.after?.()
    }
    return {
      label,
      icon: <Trash />,
      disabled: options.disabled?.(item),
      onClick: () => confirmThen({ title: `${label} "${item.name}"?`, description, confirmText: label }, run),
    }
  }
}
