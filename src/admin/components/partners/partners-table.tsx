import { ArrowPath, PencilSquare, Pause, Trash } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DataTable, DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { Partner, PartnerStatus, usePartners } from "../../hooks/partners"
import { formatDate } from "../../lib/format"
import { PARTNER_STATUS_OPTIONS } from "../../lib/partner-display"
import { actionsColumn } from "../common/action-menu"
import { FilterSelect } from "../common/filter-select"
import { SectionTitle } from "../common/section-header"
import { PartnerFormDrawer } from "./partner-form-drawer"
import { PartnerStatusBadge } from "./partner-status-badge"
import { useDeletePartnerPrompt, usePartnerStatusToggle } from "./use-partner-actions"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<Partner>()

type DrawerState = { open: boolean; partner: Partner | null }

/** The partners, searchable by name and filtered by status; a row opens the partner. */
export const PartnersTable = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<PartnerStatus | undefined>()
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, partner: null })
  const toggleStatus = usePartnerStatusToggle()
  const confirmDelete = useDeletePartnerPrompt()
  const { data, isLoading, error } = usePartners({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    ...(search ? { q: search } : {}),
    ...(status ? { status } : {}),
  })
  const firstPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))

  const columns = [
    column.accessor("name", { header: "Partner" }),
    column.accessor((partner) => [partner.contact_name, partner.contact_email].filter(Boolean).join(" · ") || "-", {
      id: "contact",
      header: "Contact",
    }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <PartnerStatusBadge status={getValue()} /> }),
    column.accessor("created_at", { header: "Since", cell: ({ getValue }) => formatDate(getValue()) }),
    actionsColumn<Partner>(
      (partner) => partner.name,
      (partner) => [
        { label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ open: true, partner }) },
        partner.status === "active"
          ? { label: "Suspend", icon: <Pause />, onClick: () => toggleStatus(partner) }
          : { label: "Reactivate", icon: <ArrowPath />, onClick: () => toggleStatus(partner) },
        { label: "Delete", icon: <Trash />, onClick: () => confirmDelete(partner) },
      ]
    ),
  ]

  const table = useDataTable({
    columns,
    data: data?.partners ?? [],
    getRowId: (partner) => partner.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_, row) => navigate(`/membership/partners/${row.id}`),
    search: {
      state: search,
      onSearchChange: (next) => {
        setSearch(next)
        firstPage()
      },
      debounce: 300,
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle
            level="h1"
            title="Partners"
            description="Companies that fulfil co-branded benefits: their API keys, code pools and API calls."
          />
          <div className="flex flex-wrap items-center gap-2">
            <DataTable.Search placeholder="Search partners" />
            <FilterSelect
              label="Filter by status"
              allLabel="All statuses"
              value={status}
              onChange={(next) => {
                setStatus(next as PartnerStatus | undefined)
                firstPage()
              }}
              options={PARTNER_STATUS_OPTIONS}
              className="w-[160px]"
            />
            <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, partner: null })}>
              Create partner
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Partners could not be loaded", description: error.message }
              : search || status
                ? { heading: "No matching partners", description: "No partner has this name and status." }
                : { heading: "No partners yet", description: "Create the first partner whose codes your members claim." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <PartnerFormDrawer
        open={drawer.open}
        partner={drawer.partner}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
      />
    </Container>
  )
}
