import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  StatusBadge,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { PartnerAuditEntry, usePartnerAudit } from "../../hooks/partners"
import { formatDateTime, humanize } from "../../lib/format"
import { AUDIT_ACTIONS, AUDIT_RESULTS, auditResultColor } from "../../lib/partner-display"
import { FilterSelect } from "../common/filter-select"
import { SectionTitle } from "../common/section-header"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<PartnerAuditEntry>()
const options = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }))

/**
 * Every call the partner made to the partner API, newest first: key prefix, action, code
 * fingerprint, answer. Refused calls (a bad key, over a rate limit) come counted, one row per
 * key prefix, address, action, result and minute.
 */
export const PartnerAuditSection = ({ partnerId }: { partnerId: string }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [action, setAction] = useState<string | undefined>()
  const [result, setResult] = useState<string | undefined>()
  const { data, isLoading, error } = usePartnerAudit(partnerId, {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    ...(action ? { action } : {}),
    ...(result ? { result } : {}),
  })
  const filtered = (set: (value: string | undefined) => void) => (value: string | undefined) => {
    set(value)
    setPagination((current) => ({ ...current, pageIndex: 0 }))
  }

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

  const table = useDataTable({
    columns,
    data: data?.audit_entries ?? [],
    getRowId: (entry) => entry.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" role="region" aria-label="Audit log">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle title="Audit log" description="The partner's API calls; codes show as fingerprints, never in full. Refused calls are counted per minute." />
          <div className="flex flex-wrap items-center gap-2">
            <FilterSelect label="Filter by action" allLabel="All actions" value={action} onChange={filtered(setAction)} options={options(AUDIT_ACTIONS)} />
            <FilterSelect
              label="Filter by result"
              allLabel="All results"
              value={result}
              onChange={filtered(setResult)}
              options={options(AUDIT_RESULTS)}
              className="w-[200px]"
            />
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "The audit log could not be loaded", description: error.message }
              : action || result
                ? { heading: "No matching calls", description: "No call has this action and result." }
                : { heading: "No calls yet", description: "The partner's calls to the partner API show here." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
