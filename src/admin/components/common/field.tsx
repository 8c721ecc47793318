import { Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type FieldProps = {
  id: string
  label: string
  hint?: ReactNode
  children: ReactNode
}

/** A labelled form control with an optional one-line hint under it. */
export const Field = ({ id, label, hint, children }: FieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="small" className="text-ui-fg-subtle" id={`${id}-hint`}>
        {hint}
      </Text>
    )}
  </div>
)
