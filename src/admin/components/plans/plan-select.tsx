import { Select } from "@medusajs/ui"

type PlanSelectProps = {
  label: string
  plans: { id: string; name: string }[]
  /** "" = none picked. */
  value: string
  onChange: (planId: string) => void
  /** Offer "No plan" (as ""), e.g. for a persona without a paid plan. */
  noneLabel?: string
}

const NONE = "none"

/** A plan picker for a row of an editor, labelled for assistive tech. */
export const PlanSelect = ({ label, plans, value, onChange, noneLabel }: PlanSelectProps) => (
  <Select value={value || (noneLabel ? NONE : "")} onValueChange={(next) => onChange(next === NONE ? "" : next)}>
    <Select.Trigger aria-label={label}>
      <Select.Value placeholder="Pick a plan" />
    </Select.Trigger>
    <Select.Content>
      {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
      {plans.map((plan) => (
        <Select.Item key={plan.id} value={plan.id}>
          {plan.name}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
