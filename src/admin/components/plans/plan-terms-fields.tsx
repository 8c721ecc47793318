import { Input, Select } from "@medusajs/ui"
import type { PlanInterval, RefundPolicy } from "../../hooks/membership-plans"
import { INTERVAL_OPTIONS, REFUND_POLICY_OPTIONS, refundPolicyOption } from "../../lib/plan-display"
import { Field } from "../common/field"
import type { PlanFormPartProps } from "./plan-form-types"

/** Billing interval, trial, grace, dunning retries and refund policy. */
export const PlanTermsFields = ({ values, set }: PlanFormPartProps) => (
  <>
    <div className="grid grid-cols-2 gap-4">
      <Field id="plan-interval-count" label="Interval count">
        <Input
          id="plan-interval-count"
          type="number"
          min={1}
          value={values.interval_count}
          onChange={(e) => set("interval_count", e.target.value)}
        />
      </Field>
      <Field id="plan-interval" label="Billing interval">
        <Select value={values.interval} onValueChange={(value) => set("interval", value as PlanInterval)}>
          <Select.Trigger id="plan-interval">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {INTERVAL_OPTIONS.map((option) => (
              <Select.Item key={option.value} value={option.value}>
                {option.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
    </div>
    <div className="grid grid-cols-2 gap-4">
      <Field id="plan-trial-days" label="Trial days" hint="Free days before the first charge.">
        <Input
          id="plan-trial-days"
          type="number"
          min={0}
          value={values.trial_days}
          onChange={(e) => set("trial_days", e.target.value)}
        />
      </Field>
      <Field id="plan-grace-days" label="Grace days" hint="Days a past-due member keeps benefits.">
        <Input
          id="plan-grace-days"
          type="number"
          min={0}
          value={values.grace_days}
          onChange={(e) => set("grace_days", e.target.value)}
        />
      </Field>
    </div>
    <Field
      id="plan-dunning"
      label="Dunning retry days"
      hint="Days after a failed renewal on which the charge is retried, ascending."
    >
      <Input
        id="plan-dunning"
        value={values.dunning_offsets}
        onChange={(e) => set("dunning_offsets", e.target.value)}
        placeholder="1, 3, 5"
      />
    </Field>
    <Field id="plan-refund-policy" label="Refund policy" hint={refundPolicyOption(values.refund_policy).explanation}>
      <Select value={values.refund_policy} onValueChange={(value) => set("refund_policy", value as RefundPolicy)}>
        <Select.Trigger id="plan-refund-policy">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {REFUND_POLICY_OPTIONS.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  </>
)
