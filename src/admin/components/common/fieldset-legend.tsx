import { Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** A fieldset's legend: its label and an optional line under it. */
export const FieldsetLegend = ({ label, hint }: { label: ReactNode; hint?: ReactNode }) => (
  <legend className="mb-2">
    <Text size="small" weight="plus">
      {label}
    </Text>
    {hint && (
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </legend>
)
