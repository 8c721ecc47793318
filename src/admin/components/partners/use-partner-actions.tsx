import { Pause } from "@medusajs/icons"
import { useNavigate } from "react-router-dom"
import { useDeletePartner, useUpdatePartner } from "../../hooks/partners"
import { PARTNER_CHANGES } from "../../lib/partner-display"
import { Stop, useRemoveAction, useStatusToggle } from "../common/confirmed-actions"

const SUSPEND: Stop<"suspended"> = { label: "Suspend", done: "suspended", status: "suspended", icon: <Pause /> }

/**
 * Suspend (its keys stop working) or reactivate a partner, and delete it (the server refuses while
 * benefits name it; then back to the list), after the merchant confirms.
 */
export function usePartnerActions() {
  const navigate = useNavigate()
  const toggle = useStatusToggle(useUpdatePartner(), SUSPEND, PARTNER_CHANGES)
  const remove = useRemoveAction(useDeletePartner(), PARTNER_CHANGES, { after: () => navigate("/membership/partners") })
  return { toggle, remove }
}
