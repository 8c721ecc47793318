import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteMembershipPlanWorkflow } from "../../../../../workflows/membership/workflows/delete-membership-plan"
import { updateMembershipPlanWorkflow } from "../../../../../workflows/membership/workflows/update-membership-plan"
import { retrievePlanView } from "../views"
import { adminPlanFields } from "../query-config"
import type { AdminUpdatePlanType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ plan: await retrievePlanView(req.scope, req.params.id, adminPlanFields) })
}

/** Partial update; `status: "archived"` stops new purchases and unpublishes the plan's product. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePlanType>,
  res: MedusaResponse
) => {
  await retrievePlanView(req.scope, req.params.id, ["id"])
  await updateMembershipPlanWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ plan: await retrievePlanView(req.scope, req.params.id, adminPlanFields) })
}

/** Deletes a plan nobody ever bought, with its product; 400 for a plan with members (archive it). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrievePlanView(req.scope, req.params.id, ["id"])
  await deleteMembershipPlanWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "membership_plan", deleted: true })
}
