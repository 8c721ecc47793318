import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TIER_MODULE, type TierModuleService } from "../../../../../modules/tier"
import { deleteMembershipTierWorkflow } from "../../../../../workflows/tiers/workflows/delete-membership-tier"
import { updateMembershipTierWorkflow } from "../../../../../workflows/tiers/workflows/update-membership-tier"
import { evaluationCounts } from "../../../../utils/evaluation-counts"
import type { AdminUpdateTierType } from "../validators"

const retrieveTier = (req: AuthenticatedMedusaRequest<unknown>) =>
  req.scope.resolve<TierModuleService>(TIER_MODULE).retrieveMembershipTier(req.params.id)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tier: await retrieveTier(req) })
}

/** Updates a tier (its group follows), then re-evaluates everyone. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTierType>, res: MedusaResponse) => {
  await retrieveTier(req)
  const { result } = await updateMembershipTierWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ tier: result.tier, evaluation: evaluationCounts(result.evaluation) })
}

/** Deletes a tier and its group; its members move to the tier they qualify for. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveTier(req)
  const { result } = await deleteMembershipTierWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "membership_tier", deleted: true, evaluation: evaluationCounts(result.evaluation) })
}
