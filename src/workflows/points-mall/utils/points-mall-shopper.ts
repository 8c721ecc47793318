import type { ShopperStanding } from "../../benefits/utils/shopper-benefits"

/**
 * The tiers a standing reached for the points mall: its tier and every tier ranked below it
 * (a tier's items reach higher tiers, as its benefits do). None without a tier.
 */
export function mallTiersOf(standing: ShopperStanding): string[] {
  if (!standing.tier_rank) {
    return []
  }
  return [...standing.tier_ranks].filter(([, rank]) => rank <= standing.tier_rank).map(([id]) => id)
}
