import type { MedusaContainer } from "@medusajs/framework/types"
import { shopperStanding } from "../../benefits/utils/shopper-benefits"

/**
 * The tiers a shopper reached for the points mall: their tier and every tier ranked below it
 * (a tier's items reach higher tiers, as its benefits do). Guests and customers without an
 * account or a tier reached none.
 */
export async function mallShopperTiers(container: MedusaContainer, customerId: string | null | undefined): Promise<string[]> {
  const standing = await shopperStanding(container, customerId)
  if (!standing.tier_rank) {
    return []
  }
  return [...standing.tier_ranks].filter(([, rank]) => rank <= standing.tier_rank).map(([id]) => id)
}
