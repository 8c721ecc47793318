import { Textarea } from "@medusajs/ui"
import { Field } from "./field"

type ReasonFieldProps = { id: string; value: string; onChange: (value: string) => void; placeholder: string }

/** The reason an admin gives for changing a membership, kept in its history. */
export const ReasonField = ({ id, value, onChange, placeholder }: ReasonFieldProps) => (
  <Field id={id} label="Reason" hint="Saved in the membership's history.">
    <Textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
  </Field>
)
