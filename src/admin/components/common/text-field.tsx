import { Input, Textarea } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type TextFieldProps = {
  id: string
  label: string
  hint?: ReactNode
  placeholder?: string
  /** Several lines (a textarea) rather than one. */
  multiline?: boolean
  value: string
  onChange: (value: string) => void
}

/** A labelled text input. */
export const TextField = ({ id, label, hint, placeholder, multiline = false, value, onChange }: TextFieldProps) => {
  const Control = multiline ? Textarea : Input
  return (
    <Field id={id} label={label} hint={hint}>
      <Control id={id} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
    </Field>
  )
}
