import { Select } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type SelectFieldProps<T extends string> = {
  id: string
  label: string
  hint?: ReactNode
  value: T
  onChange: (value: T) => void
  options: readonly { value: T; label: string }[]
}

/** A labelled select of fixed options; the trigger carries the label. */
export const SelectField = <T extends string>({ id, label, hint, value, onChange, options }: SelectFieldProps<T>) => (
  <Field id={id} label={label} hint={hint}>
    <Select value={value} onValueChange={(next) => onChange(next as T)}>
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </Field>
)
