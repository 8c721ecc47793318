import { useTierOptions } from "../../hooks/membership-tiers"
import { CheckboxListField, CheckboxListFieldProps } from "../common/checkbox-list-field"

type TierCheckboxesProps = Pick<CheckboxListFieldProps, "id" | "hint" | "value" | "onChange">

/** "Tiers": ticks among every saved tier. */
export const TierCheckboxes = (props: TierCheckboxesProps) => (
  <CheckboxListField legend="Tiers" emptyText="No tiers yet." {...useTierOptions()} {...props} />
)
