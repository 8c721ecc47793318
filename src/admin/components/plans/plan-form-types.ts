import type { PlanFormValues } from "../../lib/plan-form"

/** What each part of the plan form gets: the values and a setter for one field. */
export type PlanFormPartProps = {
  values: PlanFormValues
  set: <K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]) => void
}

/**
 * Binds a form field component to one plan field, so its value and setter cannot name two
 * different fields: `<NumberField … {...field("trial_days")} />`.
 */
export const planFieldBinder =
  ({ values, set }: PlanFormPartProps) =>
  <K extends keyof PlanFormValues>(name: K) => ({
    value: values[name],
    onChange: (value: PlanFormValues[K]) => set(name, value),
  })
