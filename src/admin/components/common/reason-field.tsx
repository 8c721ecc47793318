import { ReactNode } from "react"
import { TextField } from "./text-field"

type ReasonFieldProps = {
  id: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** Where the reason is kept; the membership's history unless told. */
  hint?: ReactNode
}

/** The reason an admin gives for a manual change, kept in the history it belongs to. */
export const ReasonField = ({ hint = "Saved in the membership's history.", ...field }: ReasonFieldProps) => (
  <TextField multiline label="Reason" hint={hint} {...field} />
)
