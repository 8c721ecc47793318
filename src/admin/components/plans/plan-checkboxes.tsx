import { usePlanOptions } from "../../hooks/membership-plans"
import { CheckboxListField, CheckboxListFieldProps } from "../common/checkbox-list-field"

type PlanCheckboxesProps = Pick<CheckboxListFieldProps, "id" | "hint" | "value" | "onChange">

/** "Plans": ticks among every saved plan. */
export const PlanCheckboxes = (props: PlanCheckboxesProps) => (
  <CheckboxListField legend="Plans" emptyText="No plans yet." {...usePlanOptions()} {...props} />
)
