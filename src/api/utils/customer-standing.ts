import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService, windowCutoff, type SavedTier } from "../../modules/membership"

/**
 * A customer's standing: their tier, their growth (in the window and lifetime) and RFM figures,
 * and the next tier with what is left to reach it.
 */
export async function customerStanding(container: MedusaContainer, customerId: string, now = new Date()) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [program, tiers, [row]] = await Promise.all([
    membership.loadTierProgram(),
    membership.listTiersByRank(),
    membership.listCustomerTiers({ customer_id: customerId }, { take: 1 }),
  ])
  const growth = await membership.growthTotals(customerId, windowCutoff(now, program.window_days))
  const tier = tiers.find((candidate) => candidate.id === row?.tier_id) ?? null
  const next = tiers.find((candidate) => candidate.rank > (tier?.rank ?? 0)) ?? null
  const progressOf = (next: SavedTier) => {
    const [have, need] = program.mode === "rfm" ? [growth.spend, next.rfm_min_spend] : [growth.balance, next.threshold]
    return { remaining: Math.max(0, need - have), progress: need > 0 ? Math.min(1, Math.max(0, have / need)) : 1 }
  }
  return {
    program,
    tier,
    next_tier: next ? { tier: next, ...progressOf(next) } : null,
    growth,
    protected_until: row?.protected_until ?? null,
  }
}
