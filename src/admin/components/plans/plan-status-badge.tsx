import { StatusBadge } from "@medusajs/ui"
import type { PlanStatus } from "../../hooks/membership-plans"

export const PlanStatusBadge = ({ status }: { status: PlanStatus }) => (
  <StatusBadge color={status === "active" ? "green" : "grey"}>{status === "active" ? "Active" : "Archived"}</StatusBadge>
)
