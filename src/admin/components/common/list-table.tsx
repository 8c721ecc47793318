import { DataTable, DataTableEmptyStateContent, UseDataTableReturn } from "@medusajs/ui"
import { ReactNode } from "react"

export type ListTableProps<T> = {
  table: UseDataTableReturn<T>
  /** What the table says when it has no rows. */
  empty: DataTableEmptyStateContent
  /** Above the rows, e.g. a `DataTable.Toolbar`. */
  toolbar?: ReactNode
  paginated?: boolean
}

/** A table's rows (or what it says without any) and its page controls. */
export const ListTable = <T,>({ table, empty, toolbar, paginated = true }: ListTableProps<T>) => (
  <DataTable instance={table}>
    {toolbar}
    <DataTable.Table emptyState={{ empty }} />
    {paginated && <DataTable.Pagination />}
  </DataTable>
)

/** What an empty table says when its rows could not be loaded: "Keys could not be loaded: …". */
export const loadFailed = (subject: string, error: Error): DataTableEmptyStateContent => ({
  heading: `${subject} could not be loaded`,
  description: error.message,
})
