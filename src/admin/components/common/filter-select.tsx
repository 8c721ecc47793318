import { Select } from "@medusajs/ui"
import { SelectItems, SelectOption } from "./select-items"

const ALL = "all"

export type FilterSelectProps<T extends string> = {
  /** Names the trigger for assistive tech: "Filter by action". */
  label: string
  /** What "no filter" reads: "All actions". */
  allLabel: string
  value: T | undefined
  onChange: (value: T | undefined) => void
  options: readonly SelectOption<T>[]
  className?: string
}

/** A table toolbar's filter: one of the options, or all of them (`undefined`). */
export const FilterSelect = <T extends string>({ label, allLabel, value, onChange, options, className = "w-[180px]" }: FilterSelectProps<T>) => (
  <Select size="small" value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : (next as T))}>
    <Select.Trigger aria-label={label} className={className}>
      <Select.Value />
    </Select.Trigger>
    <SelectItems options={options} first={<Select.Item value={ALL}>{allLabel}</Select.Item>} />
  </Select>
)

/** The "Filter by status" filter of a table toolbar. */
export const StatusFilter = <T extends string>(props: Pick<FilterSelectProps<T>, "value" | "onChange" | "options">) => (
  <FilterSelect label="Filter by status" allLabel="All statuses" className="w-[160px]" {...props} />
)
