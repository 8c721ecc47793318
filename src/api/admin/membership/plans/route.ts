import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pageOf } from "../../../utils/page"
import { createMembershipPlansWorkflow } from "../../../../workflows/create-membership-plans"
import type { AdminCreatePlanType, AdminListPlansParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListPlansParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: plans, metadata } = await query.graph({
    entity: "membership_plan",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({ plans, ...pageOf(plans, metadata) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePlanType>,
  res: MedusaResponse
) => {
  const { result } = await createMembershipPlansWorkflow(req.scope).run({
    input: { plans: [req.validatedBody] },
  })

  res.json({ plan: result[0] })
}
