import { Text } from "@medusajs/ui"

/** A heading between groups of a drawer form's fields, with a rule above all but the first. */
export const FormGroup = ({ title }: { title: string }) => (
  <Text size="small" weight="plus" className="text-ui-fg-subtle border-ui-border-base border-t pt-4 first:border-t-0 first:pt-0">
    {title}
  </Text>
)
