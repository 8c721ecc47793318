import { Container, createDataTableColumnHelper, DataTable, DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { CodeImport, usePartnerImports } from "../../hooks/partners"
import { formatDateTime } from "../../lib/format"
import { SectionTitle } from "../common/section-header"

const PAGE_SIZE = 10
const column = createDataTableColumnHelper<CodeImport>()

/** The partner's CSV imports, newest first: file, rows read, imported, refused. */
export const PartnerImportsSection = ({ partnerId }: { partnerId: string }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading, error } = usePartnerImports(partnerId, {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = [
    column.accessor("created_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
    column.accessor((row) => row.benefit.name ?? row.benefit_id, { id: "benefit", header: "Benefit" }),
    column.accessor((row) => row.filename ?? "-", { id: "filename", header: "File" }),
    column.accessor("rows", { header: "Rows" }),
    column.accessor("imported", { header: "Imported" }),
    column.accessor("duplicates", { header: "Duplicates" }),
    column.accessor("malformed", { header: "Malformed" }),
  ]

  const table = useDataTable({
    columns,
    data: data?.imports ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" role="region" aria-label="Imports">
      <DataTable instance={table}>
        <DataTable.Toolbar className="px-6 py-4">
          <SectionTitle title="Imports" description="CSV files imported into this partner's pools." />
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Imports could not be loaded", description: error.message }
              : { heading: "No imports yet", description: "Import codes into a pool benefit above." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
