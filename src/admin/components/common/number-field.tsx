import { Input } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type NumberFieldProps = {
  id: string
  label: string
  hint?: ReactNode
  min?: number
  max?: number
  /** "any" or "0.01" for decimals; whole numbers without it (the browser refuses to submit "1.5"). */
  step?: string
  /** As typed: the form turns it into a number when it is sent. */
  value: string
  onChange: (value: string) => void
}

/** A labelled number input. */
export const NumberField = ({ id, label, hint, min, max, step, value, onChange }: NumberFieldProps) => (
  <Field id={id} label={label} hint={hint}>
    <Input id={id} type="number" min={min} max={max} step={step} value={value} onChange={(e) => onChange(e.target.value)} />
  </Field>
)
