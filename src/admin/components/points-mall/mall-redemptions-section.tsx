import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { MallRedemption } from "../../../types/http"
import { ALL } from "../../hooks/admin-queries"
import { useCustomerEmails, useMallItems, useMallRedemptions } from "../../hooks/points-mall"
import { formatAmount, formatDateTime } from "../../lib/format"
import { points } from "../../lib/points-display"
import { namedOptions } from "../../lib/named-options"
import { FilterSelect } from "../common/filter-select"
import { TableSection } from "../common/table-section"
import { useListTable } from "../common/use-list-table"
import { useFilteredPages } from "../common/use-filtered-pages"

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
  const { pagination, filters, filter } = useFilteredPages<{ item_id: string }>(20)
  // Items are few: the filter and the names come from one page of them.
  const items = useMallItems(ALL).data?.items ?? []
  const { data, isLoading, error } = useMallRedemptions({ ...pagination.params, ...filters })
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

  const table = useListTable({ columns, rows: data?.redemptions, count: data?.count, isLoading, pagination })

  return (
    <TableSection
      table={table}
      region
      heading={{ title: "Redemptions", description: "What customers bought with points." }}
      actions={
        <FilterSelect
          label="Filter by item"
          allLabel="All items"
          options={namedOptions(items)}
          className="w-[260px] text-left [&_span]:truncate"
          {...filter("item_id")}
        />
      }
      error={error}
      empty={{ heading: "No redemptions", description: "Items customers redeem show here." }}
    />
  )
}
