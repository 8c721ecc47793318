import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import {
  PARTNER_AUDIT_ACTIONS,
  PARTNER_AUDIT_RESULTS,
  type PartnerAuditAction,
  type PartnerAuditEntry,
  type PartnerAuditResult,
} from "../../../types/http"
import { usePartnerAudit } from "../../hooks/partners"
import { formatDateTime, humanize } from "../../lib/format"
import { auditResultColor } from "../../lib/partner-display"
import { FilterSelect } from "../common/filter-select"
import { TableSection } from "../common/table-section"
import { useListTable } from "../common/use-list-table"
import { useFilteredPages } from "../common/use-filtered-pages"

const column = createDataTableColumnHelper<PartnerAuditEntry>()
const NO_MATCH = { heading: "No matching calls", description: "No call has this action and result." }
const NONE_YET = { heading: "No calls yet", description: "The partner's calls to the partner API show here." }

const options = <T extends string>(values: readonly T[]) => values.map((value) => ({ value, label: humanize(value) }))

/**
 * Every call the partner made to the partner API, newest first: key prefix, action, code
 * fingerprint, answer. Refused calls (a bad key, over a rate limit) come counted, one row per
 * key prefix, address, action, result and minute.
 */
export const PartnerAuditSection = ({ partnerId }: { partnerId: string }) => {
  const { pagination, filters, filter, isFiltered } = useFilteredPages<{ action: PartnerAuditAction; result: PartnerAuditResult }>(20)
  const { data, isLoading, error } = usePartnerAudit(partnerId, { ...pagination.params, ...filters })

  const columns = [
    column.accessor("created_at", { header: "Time", cell: ({ getValue }) => formatDateTime(getValue()) }),
    column.accessor("key_prefix", {
      header: "Key",
      cell: ({ getValue }) => (getValue() ? <code className="txt-compact-small-plus">{`mpk_${getValue()}_…`}</code> : "-"),
    }),
    column.accessor((entry) => humanize(entry.action), { id: "action", header: "Action" }),
    column.accessor("code_fingerprint", {
      header: "Code fingerprint",
      cell: ({ getValue }) => (getValue() ? <code className="txt-compact-small">{getValue()}</code> : "-"),
    }),
    column.accessor("result", {
      header: "Result",
      cell: ({ row }) => (
        <StatusBadge color={auditResultColor(row.original.result, row.original.status_code)}>
          {humanize(row.original.result)} · {row.original.status_code}
        </StatusBadge>
      ),
    }),
    column.accessor((entry) => entry.ip ?? "-", { id: "ip", header: "IP" }),
    column.accessor("attempts", {
      header: "Calls",
      cell: ({ row }) =>
        row.original.attempts > 1 ? (
          <span title={`${formatDateTime(row.original.created_at)} – ${formatDateTime(row.original.updated_at)}`}>{`× ${row.original.attempts}`}</span>
        ) : (
          "1"
        ),
    }),
  ]

  const table = useListTable({ columns, rows: data?.audit_entries, count: data?.count, isLoading, pagination })

  return (
    <TableSection
      table={table}
      region
      heading={{
        title: "Audit log",
        description: "The partner's API calls; codes show as fingerprints, never in full. Refused calls are counted per minute.",
      }}
      actions={
        <>
          <FilterSelect label="Filter by action" allLabel="All actions" options={options(PARTNER_AUDIT_ACTIONS)} {...filter("action")} />
          <FilterSelect label="Filter by result" allLabel="All results" options={options(PARTNER_AUDIT_RESULTS)} className="w-[200px]" {...filter("result")} />
        </>
      }
      error={error}
      subject="The audit log"
      empty={isFiltered ? NO_MATCH : NONE_YET}
    />
  )
}
