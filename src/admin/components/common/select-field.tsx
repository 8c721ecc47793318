import { Input, Select } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"
import { SelectItems, SelectOption } from "./select-items"

type SelectFieldProps<T extends string> = {
  id: string
  label: string
  hint?: ReactNode
  value: T
  onChange: (value: T) => void
  options: readonly SelectOption<T>[]
  /** Set when the value can no longer change (a benefit's type once it exists): shown read-only, with this as the hint. */
  lockedHint?: string | null
}

/** A labelled select of fixed options; the trigger carries the label. Without a hint, the chosen option's explanation is the hint. */
export const SelectField = <T extends string>({ id, label, hint, value, onChange, options, lockedHint }: SelectFieldProps<T>) =>
  lockedHint ? (
    <Field id={id} label={label} hint={lockedHint}>
      <Input id={id} value={options.find((option) => option.value === value)?.label ?? value} readOnly disabled />
    </Field>
  ) : (
    <Field id={id} label={label} hint={hint ?? options.find((option) => option.value === value)?.explanation}>
      <Select value={value} onValueChange={(next) => onChange(next as T)}>
        <Select.Trigger id={id}>
          <Select.Value />
        </Select.Trigger>
        <SelectItems options={options} />
      </Select>
    </Field>
  )
