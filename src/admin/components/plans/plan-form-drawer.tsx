import { toast } from "@medusajs/ui"
import { MembershipPlan, useCreatePlan, useUpdatePlan } from "../../hooks/membership-plans"
import { emptyPlanForm, formToBody, planToForm, PlanFormValues } from "../../lib/plan-form"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { useFormValues } from "../common/form-values"
import { useFormSubmit } from "../common/use-form-submit"
import { PlanIdentityFields } from "./plan-identity-fields"
import { PlanTermsFields } from "./plan-terms-fields"
import { PriceRowsEditor } from "./price-rows-editor"

type PlanFormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The plan to edit; without it the drawer creates a plan. */
  plan?: MembershipPlan | null
}

/** The create / edit plan drawer. The server validates; its message is shown as is. */
export const PlanFormDrawer = ({ open, onOpenChange, plan }: PlanFormDrawerProps) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <PlanForm plan={plan ?? null} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)

const PlanForm = ({ plan, onDone }: { plan: MembershipPlan | null; onDone: () => void }) => {
  const { values, set } = useFormValues<PlanFormValues>(() => (plan ? planToForm(plan) : emptyPlanForm()))
  const createPlan = useCreatePlan()
  const updatePlan = useUpdatePlan()

  const { error, submit } = useFormSubmit({
    save: async () => {
      const { handle, description, ...body } = formToBody(values)
      if (plan) {
        await updatePlan.mutateAsync({ id: plan.id, ...body, description })
        toast.success(`Plan "${body.name}" saved`)
      } else {
        await createPlan.mutateAsync({ ...body, handle, description: description ?? undefined })
        toast.success(`Plan "${body.name}" created`)
      }
      onDone()
    },
  })

  return (
    <DrawerForm
      title={plan ? "Edit plan" : "Create plan"}
      description={plan ? "Change the plan's terms and prices." : "A plan shoppers can buy at checkout."}
      hideDescription
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save"
      isSubmitting={createPlan.isPending || updatePlan.isPending}
    >
      <PlanIdentityFields values={values} set={set} isEdit={!!plan} />
      <PlanTermsFields values={values} set={set} />
      <PriceRowsEditor values={values} set={set} />
    </DrawerForm>
  )
}
