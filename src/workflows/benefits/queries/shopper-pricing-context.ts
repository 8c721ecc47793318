import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { readOnceInScope } from "../../common/queries/read-once-in-scope"
import { pricingContextOf, type ShopperPricingContext } from "../utils/shopper-pricing-context"
import { benefitsOfStanding } from "./benefits-of-standing"
import { shopperStanding } from "./shopper-standing"

/**
 * The pricing-context attributes that select a shopper's prices: the rank of their tier (read
 * from the plugin's own tier table, not from groups a merchant may edit), for a customer who has
 * never held a membership trial eligibility, and the ids of the member_price benefits they hold
 * now (`cartVariantIds`: a plan in the cart grants its member prices at once). Empty for guests.
 * `readScope`: see `readOnceInScope`.
 */
export async function shopperPricingContext(
  container: MedusaContainer,
  customerId: string | null | undefined,
  cartVariantIds: (string | null | undefined)[] = [],
  readScope?: string
): Promise<ShopperPricingContext> {
  if (!customerId) {
    return {}
  }
  const now = new Date()
  const standing = await shopperStanding(container, customerId, cartVariantIds, now, readScope)
  if (!standing.has_account) {
    return {}
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [held, memberPrices] = await Promise.all([
    readOnceInScope(container, readScope, `held-membership:${customerId}`, async () =>
      Boolean((await membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true })).length)
    ),
    benefitsOfStanding(container, standing, ["member_price"], now, readScope),
  ])
  return pricingContextOf(standing.tier_rank, held, memberPrices.map((benefit) => benefit.id))
}
