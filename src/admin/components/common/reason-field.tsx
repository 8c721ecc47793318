import { Textarea } from "@medusajs/ui"
import { ReactNode } from "react"
import { Field } from "./field"

type ReasonFieldProps = {
  id: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** Where the reason is kept; the membership's history unless told. */
  hint?: ReactNode
}

/** The reason an admin gives for a manual change, kept in the history it belongs to. */
export const ReasonField = ({ id, value, onChange, placeholder, hint = "Saved in the membership's history." }: ReasonFieldProps) => (
  <Field id={id} label="Reason" hint={hint}>
    <Textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
  </Field>
)
