import { DataTableEmptyStateContent, DataTableOptions, Text } from "@medusajs/ui"
import { ListTable } from "./list-table"
import { useListTable } from "./use-list-table"
import type { Pagination } from "./use-pagination"

type HistoryTableProps<T> = {
  title: string
  columns: DataTableOptions<T>["columns"]
  rows: T[]
  count: number
  isLoading: boolean
  pagination: Pagination
  empty: DataTableEmptyStateContent
}

/** A customer's movements (growth, points), newest first, a page at a time, under a title inside their section. */
export const HistoryTable = <T extends { id: string }>({ title, empty, ...list }: HistoryTableProps<T>) => {
  const table = useListTable(list)
  return (
    <div className="flex flex-col">
      <Text size="small" weight="plus" className="text-ui-fg-subtle px-6 pt-4">
        {title}
      </Text>
      <ListTable table={table} empty={empty} />
    </div>
  )
}
