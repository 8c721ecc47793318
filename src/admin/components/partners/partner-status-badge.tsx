import { StatusBadge } from "@medusajs/ui"
import type { PartnerStatus } from "../../../types/http"
import { partnerStatusLabel } from "../../lib/partner-display"

/** "Active" (green) or "Suspended" (orange: its keys answer 401). */
export const PartnerStatusBadge = ({ status }: { status: PartnerStatus }) => (
  <StatusBadge color={status === "active" ? "green" : "orange"}>{partnerStatusLabel(status)}</StatusBadge>
)
