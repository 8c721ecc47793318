import { createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import type { Partner, PartnerStatus } from "../../../types/http"
import { usePartners } from "../../hooks/partners"
import { formatDate } from "../../lib/format"
import { PARTNER_STATUS_OPTIONS } from "../../lib/partner-display"
import { editMenuColumn } from "../common/action-menu"
import { StatusFilter } from "../common/filter-select"
import { TableSection } from "../common/table-section"
import { useDrawerFor } from "../common/use-drawer-for"
import { useListTable } from "../common/use-list-table"
import { useFilteredPages } from "../common/use-filtered-pages"
import { PartnerFormDrawer } from "./partner-form-drawer"
import { PartnerStatusBadge } from "./partner-status-badge"
import { usePartnerActions } from "./use-partner-actions"
import { CreateButton } from "../common/create-button"

const column = createDataTableColumnHelper<Partner>()

const NO_MATCH = { heading: "No matching partners", description: "No partner has this name and status." }
const NONE_YET = { heading: "No partners yet", description: "Create the first partner whose codes your members claim." }

/** The partners, searchable by name and filtered by status; a row opens the partner. */
export const PartnersTable = () => {
  const navigate = useNavigate()
  const { pagination, filters, setFilter, filter, isFiltered } = useFilteredPages<{ q: string; status: PartnerStatus }>(20)
  const editor = useDrawerFor<Partner>()
  const { toggle, remove } = usePartnerActions()
  const { data, isLoading, error } = usePartners({ ...pagination.params, ...filters })

  const columns = [
    column.accessor("name", { header: "Partner" }),
    column.accessor((partner) => [partner.contact_name, partner.contact_email].filter(Boolean).join(" · ") || "-", {
      id: "contact",
      header: "Contact",
    }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <PartnerStatusBadge status={getValue()} /> }),
    column.accessor("created_at", { header: "Since", cell: ({ getValue }) => formatDate(getValue()) }),
    editMenuColumn<Partner>(editor, (partner) => [toggle(partner), remove(partner)]),
  ]
  const table = useListTable({
    columns,
    rows: data?.partners,
    count: data?.count,
    isLoading,
    onRowClick: (_, row) => navigate(`/membership/partners/${row.id}`),
    search: { state: filters.q ?? "", onSearchChange: (q) => setFilter("q")(q || undefined), debounce: 300 },
    pagination,
  })

  return (
    <TableSection
      table={table}
      heading={{
        level: "h1",
        title: "Partners",
        description: "Companies that fulfil co-branded benefits: their API keys, code pools and API calls.",
      }}
      actions={
        <>
          <DataTable.Search placeholder="Search partners" />
          <StatusFilter options={PARTNER_STATUS_OPTIONS} {...filter("status")} />
          <CreateButton editor={editor} label="Create partner" />
        </>
      }
      error={error}
      empty={isFiltered ? NO_MATCH : NONE_YET}
    >
      <PartnerFormDrawer {...editor.drawer} partner={editor.item} />
    </TableSection>
  )
}
