import { Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import type { Partner } from "../../../types/http"
import { formatDate } from "../../lib/format"
import { ActionMenu, editAction } from "../common/action-menu"
import { SectionRow } from "../common/section-row"
import { PartnerFormDrawer } from "./partner-form-drawer"
import { PartnerStatusBadge } from "./partner-status-badge"
import { usePartnerActions } from "./use-partner-actions"

/** Who the partner is, with edit, suspend / reactivate and delete. */
export const PartnerSummarySection = ({ partner }: { partner: Partner }) => {
  const [editing, setEditing] = useState(false)
  const { toggle, remove } = usePartnerActions()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-2 px-6 py-4">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <Heading className="break-words">{partner.name}</Heading>
          <PartnerStatusBadge status={partner.status} />
        </div>
        <ActionMenu label={`Actions for ${partner.name}`} actions={[editAction(() => setEditing(true)), toggle(partner), remove(partner)]} />
      </div>
      <SectionRow title="Contact" value={partner.contact_name ?? "-"} />
      <SectionRow title="Email" value={partner.contact_email ?? "-"} />
      <SectionRow title="Notes" value={partner.notes ?? "-"} />
      <SectionRow title="Partner since" value={formatDate(partner.created_at)} />
      <PartnerFormDrawer open={editing} onOpenChange={setEditing} partner={partner} />
    </Container>
  )
}
