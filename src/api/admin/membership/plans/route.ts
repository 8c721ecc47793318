import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMembershipPlansWorkflow } from "../../../../workflows/membership/workflows/create-membership-plans"
import { pageOf } from "../../../utils/page"
import { PLAN_VARIANT_FIELDS, planView, retrievePlanView } from "./views"
import { adminPlanFields } from "./query-config"
import type { AdminCreatePlanType, AdminListPlansParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListPlansParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: plans, metadata } = await query.graph({
    entity: "membership_plan",
    fields: [...req.queryConfig.fields, ...PLAN_VARIANT_FIELDS],
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({ plans: plans.map(planView), ...pageOf(plans, metadata) })
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
