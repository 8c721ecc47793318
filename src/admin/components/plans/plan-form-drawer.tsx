import { Button, Drawer, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { MembershipPlan, useCreatePlan, useUpdatePlan } from "../../hooks/membership-plans"
import { emptyPlanForm, formToBody, planToForm, PlanFormValues } from "../../lib/plan-form"
import { errorMessage, FormError } from "../common/form-error"
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
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      {/* The drawer unmounts its content when closed, so every opening starts from a fresh form. */}
      <PlanForm plan={plan ?? null} onDone={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)

const PlanForm = ({ plan, onDone }: { plan: MembershipPlan | null; onDone: () => void }) => {
  const [values, setValues] = useState<PlanFormValues>(() => (plan ? planToForm(plan) : emptyPlanForm()))
  const [error, setError] = useState<string | null>(null)
  const createPlan = useCreatePlan()
  const updatePlan = useUpdatePlan()

  const set = <K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const { handle, description, ...body } = formToBody(values)
      if (plan) {
        await updatePlan.mutateAsync({ id: plan.id, ...body, description })
        toast.success(`Plan "${body.name}" saved`)
      } else {
        await createPlan.mutateAsync({ ...body, handle, description: description ?? undefined })
        toast.success(`Plan "${body.name}" created`)
      }
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{plan ? "Edit plan" : "Create plan"}</Drawer.Title>
        <Drawer.Description className="sr-only">
          {plan ? "Change the plan's terms and prices." : "A plan shoppers can buy at checkout."}
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <PlanIdentityFields values={values} set={set} isEdit={!!plan} />
        <PlanTermsFields values={values} set={set} />
        <PriceRowsEditor values={values} set={set} />
      </Drawer.Body>
      {error && (
        <div className="border-ui-border-base border-t px-6 py-3">
          <FormError message={error} />
        </div>
      )}
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={createPlan.isPending || updatePlan.isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}
