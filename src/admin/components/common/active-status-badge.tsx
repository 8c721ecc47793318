import { StatusBadge } from "@medusajs/ui"

/** "Active" (green) or "Archived" (grey): the status of what can be archived and reactivated (plans, benefits). */
export const ActiveStatusBadge = ({ status }: { status: "active" | "archived" }) => (
  <StatusBadge color={status === "active" ? "green" : "grey"}>{status === "active" ? "Active" : "Archived"}</StatusBadge>
)
