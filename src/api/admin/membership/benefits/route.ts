import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../modules/membership"
import { createMembershipBenefitWorkflow } from "../../../../workflows/benefits/workflows/create-membership-benefit"
import type { AdminCreateBenefitType, AdminListBenefitsParamsType } from "./validators"

/**
 * Benefits, newest first, filtered and paginated. Eligibility lives in JSON arrays, so the
 * plan and tier filters apply to the (small) catalogue in memory.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBenefitsParamsType>, res: MedusaResponse) => {
  const membership: MembershipModuleService = req.scope.resolve(MEMBERSHIP_MODULE)
  const { limit, offset, q, type, status, plan_id, tier_id } = req.validatedQuery as AdminListBenefitsParamsType
  const filters = { ...(q ? { q } : {}), ...(type ? { type } : {}), ...(status ? { status } : {}) }
  const all = await membership.listMembershipBenefits(filters, { order: { created_at: "DESC", id: "DESC" } })
  const matching = all.filter(
    (benefit) =>
      (!plan_id || (benefit.plan_ids as unknown as string[]).includes(plan_id)) &&
      (!tier_id || (benefit.tier_ids as unknown as string[]).includes(tier_id))
  )
  res.json({ benefits: matching.slice(offset, offset + limit), count: matching.length, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBenefitType>, res: MedusaResponse) => {
  const { result } = await createMembershipBenefitWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ benefit: result })
}
