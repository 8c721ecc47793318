import type { MedusaContainer } from "@medusajs/framework/types"
import { shopperStanding } from "../../benefits/queries/shopper-standing"
import { mallTiersOf } from "../utils/points-mall-shopper"

/**
 * The tiers a shopper reached for the points mall: their tier and every tier ranked below it
 * (a tier's items reach higher tiers, as its benefits do). Guests and customers without an
 * account or a tier reached none.
 */
export async function mallShopperTiers(container: MedusaContainer, customerId: string | null | undefined): Promise<string[]> {
  return mallTiersOf(await shopperStanding(container, customerId))
}
