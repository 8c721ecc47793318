import type { MembershipPlan } from "../../../types/http"
import { useCreatePlan, useUpdatePlan } from "../../hooks/membership-plans"
import { PLAN_FORM } from "../../lib/plan-form"
import { EntityDrawerForm } from "../common/entity-drawer-form"
import { formDrawer } from "../common/form-drawer"
import { useEntityForm } from "../common/use-entity-form"
import { PlanIdentityFields } from "./plan-identity-fields"
import { PlanTermsFields } from "./plan-terms-fields"
import { PriceRowsEditor } from "./price-rows-editor"

const PlanForm = ({ plan, onDone }: { plan: MembershipPlan | null; onDone: () => void }) => {
  const form = useEntityForm(PLAN_FORM, { entity: plan, create: useCreatePlan(), update: useUpdatePlan(), onDone })
  const { values, set } = form

  return (
    <EntityDrawerForm form={form} description={plan ? "Change the plan's terms and prices." : "A plan shoppers can buy at checkout."}>
      <PlanIdentityFields values={values} set={set} isEdit={!!plan} />
      <PlanTermsFields values={values} set={set} />
      <PriceRowsEditor values={values} set={set} />
    </EntityDrawerForm>
  )
}

/** The create / edit plan drawer. The server validates; its message is shown as is. */
export const PlanFormDrawer = formDrawer(PlanForm)
