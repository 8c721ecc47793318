import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createMembershipPlansWorkflow } from "../../../../workflows/membership/workflows/create-membership-plans"
import { queryConfigPage } from "../../../utils/page"
import { PLAN_VARIANT_FIELDS, planView, retrievePlanView } from "./views"
import { adminPlanFields } from "./query-config"
import type { AdminCreatePlanType, AdminListPlansParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPlansParamsType>, res: MedusaResponse) => {
  const { rows: plans, page } = await queryConfigPage(req, "membership_plan", { extraFields: PLAN_VARIANT_FIELDS })
  res.json({ plans: plans.map(planView), ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePlanType>,
  res: MedusaResponse
) => {
  const { result } = await createMembershipPlansWorkflow(req.scope).run({
    input: { plans: [req.validatedBody] },
  })

  res.json({ plan: await retrievePlanView(req.scope, result[0].id, adminPlanFields) })
}
