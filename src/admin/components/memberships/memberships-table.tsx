import { createDataTableColumnHelper } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import type { Membership, MembershipStatus } from "../../../types/http"
import { usePlanOptions } from "../../hooks/membership-plans"
import { useMemberships } from "../../hooks/memberships"
import { customerEmail, customerName } from "../../lib/customer"
import { formatDate } from "../../lib/format"
import { FilterSelect, StatusFilter } from "../common/filter-select"
import { TableSection } from "../common/table-section"
import { TwoLineCell } from "../common/two-line-cell"
import { useListTable } from "../common/use-list-table"
import { useFilteredPages } from "../common/use-filtered-pages"
import { MEMBERSHIP_STATUS, MembershipStatusBadge } from "./membership-status-badge"

const column = createDataTableColumnHelper<Membership>()

const columns = [
  column.accessor((membership) => customerEmail(membership), {
    id: "customer",
    header: "Customer",
    cell: ({ row }) => <TwoLineCell main={customerEmail(row.original)} sub={customerName(row.original.customer)} />,
  }),
  column.accessor((membership) => membership.plan?.name ?? "-", { id: "plan", header: "Plan" }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <MembershipStatusBadge status={getValue()} /> }),
  column.accessor("current_period_end", { header: "Current period ends", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor("next_charge_at", { header: "Next charge", cell: ({ getValue }) => formatDate(getValue()) }),
]

const STATUS_OPTIONS = Object.entries(MEMBERSHIP_STATUS).map(([value, { label }]) => ({ value: value as MembershipStatus, label }))

const NO_MATCH = { heading: "No matching memberships", description: "No membership has this status and plan." }
const NONE_YET = { heading: "No memberships yet", description: "Memberships appear here once shoppers buy a plan." }

/** Every membership, newest first, filtered by status and plan; a row opens the membership. */
export const MembershipsTable = () => {
  const navigate = useNavigate()
  const { pagination, filters, filter, isFiltered } = useFilteredPages<{ status: MembershipStatus; plan_id: string }>(20)
  const plans = usePlanOptions().options
  const { data, isLoading } = useMemberships({ ...pagination.params, ...filters })
  const table = useListTable({
    columns,
    rows: data?.memberships,
    count: data?.count,
    isLoading,
    pagination,
    onRowClick: (_, row) => navigate(`/membership/memberships/${row.id}`),
  })

  return (
    <TableSection
      table={table}
      heading={{ level: "h1", title: "Memberships", description: "Open a membership for its history, refunds and extensions." }}
      actions={
        <>
          <StatusFilter options={STATUS_OPTIONS} {...filter("status")} />
          <FilterSelect label="Filter by plan" allLabel="All plans" options={plans} className="w-[200px]" {...filter("plan_id")} />
        </>
      }
      empty={isFiltered ? NO_MATCH : NONE_YET}
    />
  )
}
