import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Select,
  StatusBadge,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { MallRedemption, useCustomerEmails, useMallItems, useMallRedemptions } from "../../hooks/points-mall"
import { formatAmount, formatDateTime } from "../../lib/format"
import { points } from "../../lib/points-display"
import { SectionTitle } from "../common/section-header"

const PAGE_SIZE = 20
const ALL = "all"
const column = createDataTableColumnHelper<MallRedemption>()
const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** The order placed for a product, or the coupon code issued. */
const Gave = ({ redemption }: { redemption: MallRedemption }) =>
  redemption.order_id ? (
    <Link to={`/orders/${redemption.order_id}`} className={linkClass}>
      View order
    </Link>
  ) : redemption.code ? (
    <code className="txt-compact-small-plus">{redemption.code}</code>
  ) : (
    <>-</>
  )

/** Every redemption in the mall, newest first, filtered by item. */
export const MallRedemptionsSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [itemId, setItemId] = useState<string>(ALL)
  // Items are few: the filter and the names come from one page of them.
  const items = useMallItems({ limit: 100, offset: 0 }).data?.items ?? []
  const { data, isLoading, error } = useMallRedemptions({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    ...(itemId !== ALL ? { item_id: itemId } : {}),
  })
  const emails = useCustomerEmails((data?.redemptions ?? []).map((redemption) => redemption.customer_id)).data
  const itemName = (id: string) => items.find((item) => item.id === id)?.name ?? id

  const columns = [
    column.accessor("created_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
    column.accessor((redemption) => itemName(redemption.item_id), { id: "item", header: "Item" }),
    column.accessor("customer_id", {
      header: "Customer",
      cell: ({ getValue }) => (
        <Link to={`/customers/${getValue()}`} className={linkClass}>
          {emails?.get(getValue()) ?? "View customer"}
        </Link>
      ),
    }),
    column.accessor(
      (redemption) =>
        redemption.cash_amount != null
          ? `${points(redemption.points)} + ${formatAmount(redemption.cash_amount, redemption.currency_code)}`
          : points(redemption.points),
      { id: "paid", header: "Paid" }
    ),
    column.display({ id: "gave", header: "Gave", cell: ({ row }) => <Gave redemption={row.original} /> }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => (
        <StatusBadge color={getValue() === "completed" ? "green" : "grey"}>
          {getValue() === "completed" ? "Completed" : "Canceled"}
        </StatusBadge>
      ),
    }),
  ]

  const table = useDataTable({
    columns,
    data: data?.redemptions ?? [],
    getRowId: (redemption) => redemption.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" role="region" aria-label="Redemptions">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle title="Redemptions" description="What customers bought with points." />
          <Select
            size="small"
            value={itemId}
            onValueChange={(next) => {
              setItemId(next)
              setPagination((current) => ({ ...current, pageIndex: 0 }))
            }}
          >
            <Select.Trigger aria-label="Filter by item" className="w-[260px] text-left [&_span]:truncate">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All items</Select.Item>
              {items.map((item) => (
                <Select.Item key={item.id} value={item.id}>
                  {item.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Redemptions could not be loaded", description: error.message }
              : { heading: "No redemptions", description: "Items customers redeem show here." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
