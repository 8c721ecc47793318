import { Input } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type TextFieldProps = {
  id: string
  label: string
  hint?: ReactNode
  placeholder?: string
  value: string
  onChange: (value: string) => void
}

/** A labelled one-line text input. */
export const TextField = ({ id, label, hint, placeholder, value, onChange }: TextFieldProps) => (
  <Field id={id} label={label} hint={hint}>
    <Input id={id} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
  </Field>
)
