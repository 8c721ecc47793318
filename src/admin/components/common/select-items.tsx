import { Select } from "@medusajs/ui"
import { ReactNode } from "react"

/** `explanation`: what choosing it means, shown under a `SelectField` while it is chosen. */
export type SelectOption<T extends string = string> = { value: T; label: string; explanation?: string }

/** A select's list: an optional first item (e.g. "All statuses"), then one item per option. */
export const SelectItems = ({ options, first }: { options: readonly SelectOption[]; first?: ReactNode }) => (
  <Select.Content>
    {first}
    {options.map((option) => (
      <Select.Item key={option.value} value={option.value}>
        {option.label}
      </Select.Item>
    ))}
  </Select.Content>
)
