import { Input } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type DateFieldProps = {
  id: string
  label: string
  hint?: ReactNode
  /** "YYYY-MM-DD", "" = no date. */
  value: string
  onChange: (value: string) => void
}

/** A labelled date input (the browser's own picker); the form turns the day into a time when it is sent. */
export const DateField = ({ id, label, hint, value, onChange }: DateFieldProps) => (
  <Field id={id} label={label} hint={hint}>
    <Input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
  </Field>
)
