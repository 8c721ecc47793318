import { Input } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type NumberFieldProps = {
  id: string
  label: string
  hint?: ReactNode
  min?: number
  max?: number
  /** As typed: the form turns it into a number when it is sent. */
  value: string
  onChange: (value: string) => void
}

/** A labelled number input. */
export const NumberField = ({ id, label, hint, min, max, value, onChange }: NumberFieldProps) => (
  <Field id={id} label={label} hint={hint}>
    <Input id={id} type="number" min={min} max={max} value={value} onChange={(e) => onChange(e.target.value)} />
  </Field>
)
