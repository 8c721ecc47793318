import { clx, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { CustomerGrowth, GrowthEntry } from "../../../types/http"
import { formatDateTime, humanize } from "../../lib/format"
import { signed } from "../../lib/tier-display"
import { HistoryTable } from "../common/history-table"
import type { Pagination } from "../common/use-pagination"

const column = createDataTableColumnHelper<GrowthEntry>()

const Reference = ({ entry }: { entry: GrowthEntry }) => (
  <div className="flex flex-col whitespace-normal">
    {entry.note && <span className="text-ui-fg-base">{entry.note}</span>}
    {entry.order_id ? (
      <Link to={`/orders/${entry.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        {entry.reference || "View order"}
      </Link>
    ) : (
      entry.reference && <span className="text-ui-fg-subtle">{entry.reference}</span>
    )}
    {!entry.note && !entry.reference && !entry.order_id && "-"}
  </div>
)

const columns = [
  column.accessor("created_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor("reason", { header: "Reason", cell: ({ getValue }) => humanize(getValue()) }),
  column.accessor("amount", {
    header: "Amount",
    cell: ({ getValue }) => (
      <Text size="small" leading="compact" weight="plus" className={clx(getValue() < 0 ? "text-ui-fg-error" : "text-ui-tag-green-text")}>
        {signed(getValue())}
      </Text>
    ),
  }),
  column.display({ id: "reference", header: "Reference / note", cell: ({ row }) => <Reference entry={row.original} /> }),
]

const EMPTY = { heading: "No growth yet", description: "Orders, check-ins and adjustments show here." }

/** A customer's growth entries, newest first, a page at a time. */
export const GrowthHistory = ({ growth, ...page }: { growth: CustomerGrowth; isLoading: boolean; pagination: Pagination }) => (
  <HistoryTable title="Growth history" columns={columns} rows={growth.entries} count={growth.count} empty={EMPTY} {...page} />
)
