import { createDataTableColumnHelper, DataTable, DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { Membership, useMemberships } from "../../hooks/memberships"
import { customerEmail, customerName } from "../../lib/customer"
import { formatDate } from "../../lib/format"
import { MembershipFilters, MembershipFilterValues } from "./membership-filters"
import { MembershipStatusBadge } from "./membership-status-badge"
import { SectionTitle } from "../common/section-header"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<Membership>()

const columns = [
  column.accessor((membership) => customerEmail(membership), {
    id: "customer",
    header: "Customer",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span className="text-ui-fg-base">{customerEmail(row.original)}</span>
        {customerName(row.original.customer) && (
          <span className="text-ui-fg-subtle">{customerName(row.original.customer)}</span>
        )}
      </div>
    ),
  }),
  column.accessor((membership) => membership.plan?.name ?? "-", { id: "plan", header: "Plan" }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <MembershipStatusBadge status={getValue()} /> }),
  column.accessor("current_period_end", { header: "Current period ends", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor("next_charge_at", { header: "Next charge", cell: ({ getValue }) => formatDate(getValue()) }),
]

export const MembershipsTable = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [filters, setFilters] = useState<MembershipFilterValues>({})
  const { data, isLoading } = useMemberships({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    ...filters,
  })

  const table = useDataTable({
    columns,
    data: data?.memberships ?? [],
    getRowId: (membership) => membership.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    // The row handed over is keyed by getRowId, so its id is the membership id.
    onRowClick: (_, row) => navigate(`/membership/memberships/${row.id}`),
  })

  const filtered = !!(filters.status || filters.plan_id)

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <SectionTitle level="h1" title="Memberships" description="Open a membership for its history, refunds and extensions." />
        <MembershipFilters
          value={filters}
          onChange={(next) => {
            setFilters(next)
            setPagination((current) => ({ ...current, pageIndex: 0 }))
          }}
        />
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: filtered
            ? { heading: "No matching memberships", description: "No membership has this status and plan." }
            : { heading: "No memberships yet", description: "Memberships appear here once shoppers buy a plan." },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
