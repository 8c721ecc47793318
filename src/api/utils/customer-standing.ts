import type { MedusaContainer } from "@medusajs/framework/types"
import { TIER_MODULE, type TierModuleService, windowCutoff, type SavedTier } from "../../modules/tier"

/**
 * A customer's standing: their tier, their growth (in the window and lifetime) and RFM figures,
 * and the next tier with what is left to reach it.
 */
export async function customerStanding(container: MedusaContainer, customerId: string, now = new Date()) {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const [program, tiers, [row]] = await Promise.all([
    tierModule.loadTierProgram(),
    tierModule.listTiersByRank(),
    tierModule.listCustomerTiers({ customer_id: customerId }, { take: 1 }),
  ])
  const growth = await tierModule.growthTotals(customerId, windowCutoff(now, program.window_days))
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
