import { RowSelect } from "../common/row-select"

type PlanSelectProps = {
  label: string
  plans: { id: string; name: string }[]
  /** "" = none picked. */
  value: string
  onChange: (planId: string) => void
  /** Offer "No plan" (as ""), e.g. for a persona without a paid plan. */
  noneLabel?: string
}

/** A plan picker for a row of an editor, labelled for assistive tech. */
export const PlanSelect = ({ plans, ...props }: PlanSelectProps) => (
  <RowSelect {...props} options={plans.map((plan) => ({ value: plan.id, label: plan.name }))} placeholder="Pick a plan" />
)
