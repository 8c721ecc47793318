import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE } from "../../../../modules/membership"
import type MembershipModuleService from "../../../../modules/membership/service"
import type { Standing } from "../../../../modules/membership/utils/benefit-eligibility"
import { grantedBenefits } from "../../../../modules/membership/utils/benefit-eligibility"
import { LIVE_STATUSES } from "../../../../modules/membership/utils/lifecycle"
import { listTiers } from "../../../../workflows/utils/tier-rules"

type Benefit = { id: string; name: string; description: string | null; type: string; config: unknown; status: string; plan_ids: string[]; tier_ids: string[] }

const storeBenefitView = (benefit: Benefit) => ({
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
  const customerId = req.auth_context?.actor_id ?? null
  const now = new Date()
  const [benefits, plans, tiers, live, standingRow] = await Promise.all([
    membership.listMembershipBenefits({ status: "active" }),
    membership.listMembershipPlans({ status: "active" }, { select: ["id", "name"], order: { name: "ASC" } }),
    listTiers(req.scope),
    customerId
      ? membership.listMemberships({ customer_id: customerId, status: LIVE_STATUSES, current_period_end: { $gt: now } }, { select: ["plan_id"], take: 1 })
      : Promise.resolve([]),
    customerId ? membership.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id"], take: 1 }) : Promise.resolve([]),
  ])
  const catalogue = benefits as unknown as Benefit[]
  const ranks = new Map(tiers.map((tier) => [tier.id, tier.rank]))
  const tierRank = ranks.get(standingRow[0]?.tier_id ?? "") ?? 0
  const standing: Standing = { plan_id: live[0]?.plan_id ?? null, tier_rank: tierRank }
  const current = grantedBenefits(catalogue, standing, ranks, now)
  const have = new Set(current.map((benefit) => benefit.id))
  const adds = (next: Standing) => grantedBenefits(catalogue, next, ranks, now).filter((benefit) => !have.has(benefit.id)).map(storeBenefitView)
  const nextTier = tiers.find((tier) => tier.rank > tierRank) ?? null

  res.json({
    current: current.map(storeBenefitView),
    plans: plans.map((plan) => ({ plan_id: plan.id, name: plan.name, adds: adds({ ...standing, plan_id: plan.id }) })),
    next_tier: nextTier && { tier_id: nextTier.id, name: nextTier.name, adds: adds({ ...standing, tier_rank: nextTier.rank }) },
  })
}
