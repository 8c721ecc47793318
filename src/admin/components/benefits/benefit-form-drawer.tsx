import type { MembershipBenefit } from "../../../types/http"
import { useCreateBenefit, useUpdateBenefit } from "../../hooks/membership-benefits"
import { BENEFIT_TYPE_OPTIONS } from "../../lib/benefit-display"
import { BENEFIT_FORM } from "../../lib/benefit-form"
import { ActiveDatesFields } from "../common/active-dates-fields"
import { EntityDrawerForm } from "../common/entity-drawer-form"
import { formDrawer } from "../common/form-drawer"
import { FormGroup } from "../common/form-group"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { useEntityForm } from "../common/use-entity-form"
import { PlanCheckboxes } from "../plans/plan-checkboxes"
import { TierCheckboxes } from "../tiers/tier-checkboxes"
import { BenefitConfigFields } from "./benefit-config-fields"

const BenefitForm = ({ benefit, onDone }: { benefit: MembershipBenefit | null; onDone: () => void }) => {
  const form = useEntityForm(BENEFIT_FORM, { entity: benefit, create: useCreateBenefit(), update: useUpdateBenefit(), onDone })
  const { values, set, field } = form

  return (
    <EntityDrawerForm form={form} description="What members of the chosen plans and tiers get.">
      <TextField label="Name" placeholder="10% off every order" {...field("name")} />
      <TextField multiline label="Description (optional)" hint="As members read it in the store." {...field("description")} />
      <SelectField label="Type" options={BENEFIT_TYPE_OPTIONS} lockedHint={benefit && "The type cannot change once the benefit exists."} {...field("type")} />
      <BenefitConfigFields values={values} set={set} />

      <FormGroup title="Who gets it" />
      <PlanCheckboxes hint="Members of any of these plans." {...field("plan_ids")} />
      <TierCheckboxes
        hint="Customers holding any of these tiers, or a higher one: a higher tier keeps what the lower ones give."
        {...field("tier_ids")}
      />

      <FormGroup title="When it applies" />
      <ActiveDatesFields starts={field("starts_at")} ends={field("ends_at")} />

      <FormGroup title="Estimated cost" />
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Cost per use (optional)" min={0} step="any" {...field("cost_per_use")} />
        <NumberField label="Cost per member-month (optional)" min={0} step="any" {...field("cost_per_member_month")} />
      </div>
      <TextField
        label="Cost currency"
        hint="Needed with a cost; what the costs above are in, for reports."
        placeholder="EUR"
        {...field("cost_currency_code")}
      />
    </EntityDrawerForm>
  )
}

/** The create / edit benefit drawer. The server validates the config; its message is shown as is. */
export const BenefitFormDrawer = formDrawer(BenefitForm)
