import { Select } from "@medusajs/ui"

const ALL = "all"

type FilterSelectProps = {
  /** Names the trigger for assistive tech: "Filter by action". */
  label: string
  /** What "no filter" reads: "All actions". */
  allLabel: string
  value: string | undefined
  onChange: (value: string | undefined) => void
  options: readonly { value: string; label: string }[]
  className?: string
}

/** A table toolbar's filter: one of the options, or all of them (`undefined`). */
export const FilterSelect = ({ label, allLabel, value, onChange, options, className = "w-[180px]" }: FilterSelectProps) => (
  <Select size="small" value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)}>
    <Select.Trigger aria-label={label} className={className}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>{allLabel}</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
