import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import type { ActiveStatus } from "../../lib/active-status"

/** "Active" (green) or "Archived" (grey): the status of what can be archived and reactivated (plans, benefits). */
export const ActiveStatusBadge = ({ status }: { status: ActiveStatus }) => (
  <StatusBadge color={status === "active" ? "green" : "grey"}>{status === "active" ? "Active" : "Archived"}</StatusBadge>
)

/** A table's "Status" column of such things. */
export const activeStatusColumn = <T extends { status: ActiveStatus }>() =>
  createDataTableColumnHelper<T>().accessor((row) => row.status, {
    id: "status",
    header: "Status",
    cell: ({ getValue }) => <ActiveStatusBadge status={getValue()} />,
  })
