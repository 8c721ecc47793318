import type { PlanFormValues } from "../../lib/plan-form"

/** What each part of the plan form gets: the values and a setter for one field. */
export type PlanFormPartProps = {
  values: PlanFormValues
  set: <K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]) => void
}
