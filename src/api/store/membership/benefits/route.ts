import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type Standing, grantedBenefits } from "../../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../../modules/tier"
import type { ShopperBenefit } from "../../../../workflows/benefits/utils/shopper-benefits"
import { shopperStanding } from "../../../../workflows/benefits/queries/shopper-standing"

const storeBenefitView = (benefit: ShopperBenefit) => ({
  id: benefit.id,
  name: benefit.name,
  description: benefit.description,
  type: benefit.type,
  config: benefit.config,
  source: { plan_ids: benefit.plan_ids, tier_ids: benefit.tier_ids },
})

/**
 * What the shopper has now (from their plan and their tier), and what each plan or the next
 * tier would add. A guest has nothing now and sees what each plan and the first tier would give.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const membership: MembershipModuleService = req.scope.resolve(MEMBERSHIP_MODULE)
  const now = new Date()
  const [benefits, plans, tiers, standing] = await Promise.all([
    membership.listMembershipBenefits({ status: "active" }),
    membership.listMembershipPlans({ status: "active" }, { select: ["id", "name"], order: { name: "ASC" } }),
    req.scope.resolve<TierModuleService>(TIER_MODULE).listTiersByRank(),
    shopperStanding(req.scope, req.auth_context?.actor_id, [], now),
  ])
  const catalogue = benefits as unknown as ShopperBenefit[]
  const ranks = standing.tier_ranks
  const current = grantedBenefits(catalogue, standing, ranks, now)
  const have = new Set(current.map((benefit) => benefit.id))
  const adds = (next: Standing) => grantedBenefits(catalogue, next, ranks, now).filter((benefit) => !have.has(benefit.id)).map(storeBenefitView)
  const nextTier = tiers.find((tier) => tier.rank > standing.tier_rank) ?? null

  res.json({
    current: current.map(storeBenefitView),
    plans: plans.map((plan) => ({ plan_id: plan.id, name: plan.name, adds: adds({ ...standing, plan_ids: [...standing.plan_ids, plan.id] }) })),
    next_tier: nextTier && { tier_id: nextTier.id, name: nextTier.name, adds: adds({ ...standing, tier_rank: nextTier.rank }) },
  })
}
