import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { pricingContextOf, type ShopperPricingContext } from "../utils/shopper-pricing-context"
import { benefitsOfStanding } from "./benefits-of-standing"
import { shopperStanding } from "./shopper-standing"

/**
 * The pricing-context attributes that select a shopper's prices: the rank of their tier (read
 * from the plugin's own tier table, not from groups a merchant may edit), for a customer who has
 * never held a membership trial eligibility, and the ids of the member_price benefits they hold
 * now (`cartVariantIds`: a plan in the cart grants its member prices at once). Empty for guests.
 */
export async function shopperPricingContext(
  container: MedusaContainer,
  customerId: string | null | undefined,
  cartVariantIds: (string | null | undefined)[] = []
): Promise<ShopperPricingContext> {
  if (!customerId) {
    return {}
  }
  const now = new Date()
  const standing = await shopperStanding(container, customerId, cartVariantIds, now)
  if (!standing.has_account) {
    return {}
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [held, memberPrices] = await Promise.all([
    membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true }),
    benefitsOfStanding(container, standing, ["member_price"], now),
  ])
  return pricingContextOf(standing.tier_rank, held.length > 0, memberPrices.map((benefit) => benefit.id))
}
