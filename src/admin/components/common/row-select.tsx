import { Select } from "@medusajs/ui"
import { SelectItems, SelectOption } from "./select-items"

type RowSelectProps = {
  /** Names the select for assistive tech (a row has no visible label). */
  label: string
  options: SelectOption[]
  /** "" = none picked. */
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** Offer a "none" choice (sent as ""), e.g. "No plan". */
  noneLabel?: string
}

const NONE = "none"

/** A picker of one saved thing (a plan, a tier…) in a row of an editor. */
export const RowSelect = ({ label, options, value, onChange, placeholder, noneLabel }: RowSelectProps) => (
  <Select value={value || (noneLabel ? NONE : "")} onValueChange={(next) => onChange(next === NONE ? "" : next)}>
    <Select.Trigger aria-label={label}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <SelectItems options={options} first={noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>} />
  </Select>
)
