import { INTERVAL_OPTIONS, REFUND_POLICY_OPTIONS } from "../../lib/plan-display"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { planFieldBinder, type PlanFormPartProps } from "./plan-form-types"

/** Billing interval, trial, grace, dunning retries and refund policy. */
export const PlanTermsFields = (props: PlanFormPartProps) => {
  const field = planFieldBinder(props)
  return (
    <>
      <div className="grid grid-cols-2 gap-4">
        <NumberField id="plan-interval-count" label="Interval count" min={1} {...field("interval_count")} />
        <SelectField id="plan-interval" label="Billing interval" options={INTERVAL_OPTIONS} {...field("interval")} />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <NumberField id="plan-trial-days" label="Trial days" hint="Free days before the first charge." min={0} {...field("trial_days")} />
        <NumberField id="plan-grace-days" label="Grace days" hint="Days a past-due member keeps benefits." min={0} {...field("grace_days")} />
      </div>
      <TextField
        id="plan-dunning"
        label="Dunning retry days"
        hint="Days after a failed renewal on which the charge is retried, ascending."
        placeholder="1, 3, 5"
        {...field("dunning_offsets")}
      />
      <SelectField id="plan-refund-policy" label="Refund policy" options={REFUND_POLICY_OPTIONS} {...field("refund_policy")} />
    </>
  )
}
