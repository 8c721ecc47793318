import { createDataTableColumnHelper } from "@medusajs/ui"
import type { CodeImport } from "../../../types/http"
import { usePartnerImports } from "../../hooks/partners"
import { formatDateTime } from "../../lib/format"
import { TableSection } from "../common/table-section"
import { useListTable } from "../common/use-list-table"
import { usePagination } from "../common/use-pagination"

const column = createDataTableColumnHelper<CodeImport>()

const columns = [
  column.accessor("created_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor((row) => row.benefit.name ?? row.benefit_id, { id: "benefit", header: "Benefit" }),
  column.accessor((row) => row.filename ?? "-", { id: "filename", header: "File" }),
  column.accessor("rows", { header: "Rows" }),
  column.accessor("imported", { header: "Imported" }),
  column.accessor("duplicates", { header: "Duplicates" }),
  column.accessor("malformed", { header: "Malformed" }),
]

/** The partner's CSV imports, newest first: file, rows read, imported, refused. */
export const PartnerImportsSection = ({ partnerId }: { partnerId: string }) => {
  const pagination = usePagination(10)
  const { data, isLoading, error } = usePartnerImports(partnerId, pagination.params)
  const table = useListTable({ columns, rows: data?.imports, count: data?.count, isLoading, pagination })
  return (
    <TableSection
      table={table}
      region
      heading={{ title: "Imports", description: "CSV files imported into this partner's pools." }}
      error={error}
      empty={{ heading: "No imports yet", description: "Import codes into a pool benefit above." }}
    />
  )
}
