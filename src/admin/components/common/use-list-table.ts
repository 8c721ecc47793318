import { DataTableOptions, useDataTable } from "@medusajs/ui"

type ListTableOptions<T> = Omit<DataTableOptions<T>, "data" | "getRowId" | "rowCount"> & {
  /** Undefined while the first page loads. */
  rows: T[] | undefined
  count: number | undefined
}

/** A data table of saved things, one row each (keyed by id). */
export const useListTable = <T extends { id: string }>({ rows, count, ...options }: ListTableOptions<T>) =>
  useDataTable({ ...options, data: rows ?? [], getRowId: (row) => row.id, rowCount: count ?? 0 })
