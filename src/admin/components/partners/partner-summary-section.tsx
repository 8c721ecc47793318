import { ArrowPath, PencilSquare, Pause, Trash } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import type { Partner } from "../../hooks/partners"
import { formatDate } from "../../lib/format"
import { ActionMenu } from "../common/action-menu"
import { SectionRow } from "../common/section-row"
import { PartnerFormDrawer } from "./partner-form-drawer"
import { PartnerStatusBadge } from "./partner-status-badge"
import { useDeletePartnerPrompt, usePartnerStatusToggle } from "./use-partner-actions"

/** Who the partner is, with edit, suspend / reactivate and delete. */
export const PartnerSummarySection = ({ partner }: { partner: Partner }) => {
  const [editing, setEditing] = useState(false)
  const toggleStatus = usePartnerStatusToggle()
  const confirmDelete = useDeletePartnerPrompt()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-2 px-6 py-4">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <Heading className="break-words">{partner.name}</Heading>
          <PartnerStatusBadge status={partner.status} />
        </div>
        <ActionMenu
          label={`Actions for ${partner.name}`}
          actions={[
            { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(true) },
            partner.status === "active"
              ? { label: "Suspend", icon: <Pause />, onClick: () => toggleStatus(partner) }
              : { label: "Reactivate", icon: <ArrowPath />, onClick: () => toggleStatus(partner) },
            { label: "Delete", icon: <Trash />, onClick: () => confirmDelete(partner) },
          ]}
        />
      </div>
      <SectionRow title="Contact" value={partner.contact_name ?? "-"} />
      <SectionRow title="Email" value={partner.contact_email ?? "-"} />
      <SectionRow title="Notes" value={partner.notes ?? "-"} />
      <SectionRow title="Partner since" value={formatDate(partner.created_at)} />
      <PartnerFormDrawer open={editing} onOpenChange={setEditing} partner={partner} />
    </Container>
  )
}
