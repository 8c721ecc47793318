import { useState } from "react"
import { usePagination } from "./use-pagination"

/** A paged table's page and filters (undefined = off): changing a filter goes back to the first page. */
export function useFilteredPages<F extends object>(pageSize: number) {
  const pagination = usePagination(pageSize)
  const [filters, setFilters] = useState<Partial<F>>({})
  const setFilter =
    <K extends keyof F>(key: K) =>
    (value: F[K] | undefined) => {
      setFilters((current) => ({ ...current, [key]: value }))
      pagination.firstPage()
    }
  /** Binds a `FilterSelect` to one filter: `<FilterSelect … {...filter("status")} />`. */
  const filter = <K extends keyof F>(key: K) => ({ value: filters[key], onChange: setFilter(key) })
  return { pagination, filters, setFilter, filter, isFiltered: Object.values(filters).some(Boolean) }
}
