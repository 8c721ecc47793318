import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TIER_MODULE, type TierModuleService } from "../../../../modules/tier"
import { createMembershipTierWorkflow } from "../../../../workflows/tiers/workflows/create-membership-tier"
import { evaluationCounts } from "../../../utils/evaluation-counts"
import { tierDistribution } from "./views"
import type { AdminCreateTierType, AdminListTiersParamsType } from "./validators"

/** Tiers by rank, paginated, with the distribution of members over all of them (tier health). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListTiersParamsType>, res: MedusaResponse) => {
  const tierModule: TierModuleService = req.scope.resolve(TIER_MODULE)
  const { limit, offset } = req.validatedQuery as AdminListTiersParamsType
  const [[tiers, count], all] = await Promise.all([
    tierModule.listAndCountMembershipTiers({}, { order: { rank: "ASC" }, skip: offset, take: limit }),
    tierModule.listTiersByRank(),
  ])
  res.json({ tiers, count, offset, limit, distribution: await tierDistribution(req.scope, all) })
}

/** Creates a tier and its customer group, then re-evaluates everyone. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTierType>, res: MedusaResponse) => {
  const { result } = await createMembershipTierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ tier: result.tier, evaluation: evaluationCounts(result.evaluation) })
}
