import {
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  StatusBadge,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { MembershipPlan, usePlans } from "../hooks/membership-plans"
import { CreatePlanDrawer } from "./create-plan-drawer"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<MembershipPlan>()

const columns = [
  column.accessor("name", { header: "Name" }),
  column.accessor("handle", { header: "Handle" }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={getValue() === "active" ? "green" : "grey"}>
        {getValue() === "active" ? "Active" : "Archived"}
      </StatusBadge>
    ),
  }),
  column.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => new Date(getValue()).toLocaleDateString(),
  }),
]

export const PlansTable = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading } = usePlans({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })

  const table = useDataTable({
    columns,
    data: data?.plans ?? [],
    getRowId: (plan) => plan.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
        <Heading>Plans</Heading>
        <CreatePlanDrawer />
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty: { heading: "No plans yet", description: "Create the first plan your shoppers can buy." } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
