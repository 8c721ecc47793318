import { StatusBadge } from "@medusajs/ui"
import type { MembershipStatus } from "../../../types/http"

export const MEMBERSHIP_STATUS: Record<MembershipStatus, { label: string; color: "green" | "blue" | "orange" | "red" | "grey" }> = {
  trialing: { label: "Trialing", color: "blue" },
  active: { label: "Active", color: "green" },
  past_due: { label: "Past due", color: "orange" },
  canceled: { label: "Canceled", color: "red" },
  expired: { label: "Expired", color: "grey" },
}

export const MembershipStatusBadge = ({ status }: { status: MembershipStatus }) => {
  const { label, color } = MEMBERSHIP_STATUS[status] ?? { label: status, color: "grey" }
  return <StatusBadge color={color}>{label}</StatusBadge>
}

/** A membership that has ended can no longer be canceled or extended. */
export const isEnded = (status: MembershipStatus) => status === "canceled" || status === "expired"
