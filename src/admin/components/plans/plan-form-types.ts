import type { PlanFormValues } from "../../lib/plan-form"
import { fieldBinder, type FormPartProps } from "../common/form-values"

/** What each part of the plan form gets: the values and a setter for one field. */
export type PlanFormPartProps = FormPartProps<PlanFormValues>

/** Binds a form field component to one plan field: `<NumberField … {...field("trial_days")} />`. */
export const planFieldBinder = (props: PlanFormPartProps) => fieldBinder(props)
