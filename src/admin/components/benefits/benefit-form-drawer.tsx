import { Input, Textarea, toast } from "@medusajs/ui"
import { MembershipBenefit, useCreateBenefit, useUpdateBenefit } from "../../hooks/membership-benefits"
import { usePlans } from "../../hooks/membership-plans"
import { useTiers } from "../../hooks/membership-tiers"
import { BENEFIT_TYPE_OPTIONS, benefitTypeLabel, benefitTypeOption } from "../../lib/benefit-display"
import {
  benefitFormToBody,
  BenefitFormValues,
  benefitToForm,
  emptyBenefitForm,
  withoutNulls,
} from "../../lib/benefit-form"
import { CheckboxListField } from "../common/checkbox-list-field"
import { DateField } from "../common/date-field"
import { Field } from "../common/field"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { FormGroup } from "../common/form-group"
import { fieldBinder, useFormValues } from "../common/form-values"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { useFormSubmit } from "../common/use-form-submit"
import { BenefitConfigFields } from "./benefit-config-fields"

type BenefitFormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The benefit to edit; without it the drawer creates one. */
  benefit: MembershipBenefit | null
}

/** The create / edit benefit drawer. The server validates the config; its message is shown as is. */
export const BenefitFormDrawer = ({ open, onOpenChange, benefit }: BenefitFormDrawerProps) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <BenefitForm benefit={benefit} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)

/** Plans and tiers are few: the pickers list them all. */
const ALL = { limit: 100, offset: 0 }

const BenefitForm = ({ benefit, onDone }: { benefit: MembershipBenefit | null; onDone: () => void }) => {
  const createBenefit = useCreateBenefit()
  const updateBenefit = useUpdateBenefit()
  const plans = usePlans(ALL)
  const tiers = useTiers(ALL)
  const { values, set } = useFormValues<BenefitFormValues>(
    () => (benefit ? benefitToForm(benefit) : emptyBenefitForm()),
    () => clearError()
  )
  const field = fieldBinder({ values, set })

  const { error, submit, clearError } = useFormSubmit({
    save: async () => {
      const { type, ...body } = benefitFormToBody(values)
      if (benefit) {
        // The type is fixed once created; the config sent is the benefit's own type's.
        await updateBenefit.mutateAsync({ id: benefit.id, ...body })
        toast.success(`Benefit "${body.name}" saved`)
      } else {
        await createBenefit.mutateAsync(withoutNulls({ type, ...body }))
        toast.success(`Benefit "${body.name}" created`)
      }
      onDone()
    },
  })

  return (
    <DrawerForm
      title={benefit ? "Edit benefit" : "Create benefit"}
      description="What members of the chosen plans and tiers get."
      hideDescription
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save"
      isSubmitting={createBenefit.isPending || updateBenefit.isPending}
    >
      <TextField id="benefit-name" label="Name" placeholder="10% off every order" {...field("name")} />
      <Field id="benefit-description" label="Description (optional)" hint="As members read it in the store.">
        <Textarea id="benefit-description" value={values.description} onChange={(e) => set("description", e.target.value)} />
      </Field>
      {benefit ? (
        <Field id="benefit-type" label="Type" hint="The type cannot change once the benefit exists.">
          <Input id="benefit-type" value={benefitTypeLabel(benefit.type)} readOnly disabled />
        </Field>
      ) : (
        <SelectField
          id="benefit-type"
          label="Type"
          hint={benefitTypeOption(values.type).explanation}
          options={BENEFIT_TYPE_OPTIONS}
          {...field("type")}
        />
      )}
      <BenefitConfigFields values={values} set={set} />

      <FormGroup title="Who gets it" />
      <CheckboxListField
        id="benefit-plan"
        legend="Plans"
        hint="Members of any of these plans."
        options={(plans.data?.plans ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
        isLoading={plans.isLoading}
        emptyText="No plans yet."
        {...field("plan_ids")}
      />
      <CheckboxListField
        id="benefit-tier"
        legend="Tiers"
        hint="Customers holding any of these tiers, or a higher one: a higher tier keeps what the lower ones give."
        options={(tiers.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.name }))}
        isLoading={tiers.isLoading}
        emptyText="No tiers yet."
        {...field("tier_ids")}
      />

      <FormGroup title="When it applies" />
      <div className="grid grid-cols-2 gap-4">
        <DateField id="benefit-starts" label="Starts (optional)" hint="Empty = from now." {...field("starts_at")} />
        <DateField id="benefit-ends" label="Ends (optional)" hint="Through that day; empty = no end." {...field("ends_at")} />
      </div>

      <FormGroup title="Estimated cost" />
      <div className="grid grid-cols-2 gap-4">
        <NumberField id="benefit-cost-per-use" label="Cost per use (optional)" min={0} step="any" {...field("cost_per_use")} />
        <NumberField
          id="benefit-cost-per-member-month"
          label="Cost per member-month (optional)"
          min={0}
          step="any"
          {...field("cost_per_member_month")}
        />
      </div>
      <TextField
        id="benefit-cost-currency"
        label="Cost currency"
        hint="Needed with a cost; what the costs above are in, for reports."
        placeholder="EUR"
        {...field("cost_currency_code")}
      />
    </DrawerForm>
  )
}
