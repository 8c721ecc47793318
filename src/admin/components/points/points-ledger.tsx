import { clx, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { CustomerPoints, PointsTransaction } from "../../../types/http"
import { formatDateTime } from "../../lib/format"
import { TRANSACTION_TYPE_LABELS } from "../../lib/points-display"
import { signed } from "../../lib/tier-display"
import { HistoryTable } from "../common/history-table"
import type { Pagination } from "../common/use-pagination"

const column = createDataTableColumnHelper<PointsTransaction>()

/** The order (linked) or the movement's reference, and the merchant's note. */
const Reference = ({ transaction }: { transaction: PointsTransaction }) => (
  <div className="flex flex-col whitespace-normal">
    {transaction.order_id ? (
      <Link to={`/orders/${transaction.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        {transaction.reference || "View order"}
      </Link>
    ) : (
      transaction.reference && <span className="text-ui-fg-subtle">{transaction.reference}</span>
    )}
    {!transaction.reference && !transaction.order_id && "-"}
  </div>
)

const amountColor = (amount: number) => (amount < 0 ? "text-ui-fg-error" : amount > 0 ? "text-ui-tag-green-text" : "text-ui-fg-subtle")

const columns = [
  column.accessor("created_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor("type", { header: "Type", cell: ({ getValue }) => TRANSACTION_TYPE_LABELS[getValue()] ?? getValue() }),
  column.accessor("amount", {
    header: "Points",
    cell: ({ getValue }) => (
      <Text size="small" leading="compact" weight="plus" className={clx(amountColor(getValue()))}>
        {signed(getValue())}
      </Text>
    ),
  }),
  column.display({ id: "reference", header: "Reference / order", cell: ({ row }) => <Reference transaction={row.original} /> }),
  column.accessor("note", { header: "Note", cell: ({ getValue }) => <span className="whitespace-normal">{getValue() || "-"}</span> }),
]

const EMPTY = { heading: "No points yet", description: "Earning, spending, expiry and adjustments show here." }

/** A customer's points movements, newest first, a page at a time. */
export const PointsLedger = ({ points, ...page }: { points: CustomerPoints; isLoading: boolean; pagination: Pagination }) => (
  <HistoryTable title="Points ledger" columns={columns} rows={points.transactions} count={points.count} empty={EMPTY} {...page} />
)
