import { DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"

/** A paged table's page: its state for `useDataTable`, and what to ask the list route for. */
export function usePagination(pageSize: number) {
  const [state, setState] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  return {
    state,
    onPaginationChange: setState,
    params: { limit: state.pageSize, offset: state.pageIndex * state.pageSize },
    /** Back to the first page, e.g. when a filter changes. */
    firstPage: () => setState((current) => ({ ...current, pageIndex: 0 })),
  }
}

export type Pagination = ReturnType<typeof usePagination>
