import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { MEMBER_PRICE_ATTRIBUTE } from "../../modules/membership/utils/member-prices"
import { TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE, TRIAL_ELIGIBLE } from "../../modules/membership/utils/plan-prices"
import { shopperBenefits } from "./shopper-benefits"

export type ShopperPricingContext = Record<string, string | number | string[]>

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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [{ data: customers }, held, [standing], memberPrices] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } }),
    membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true }),
    membership.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id"], take: 1 }),
    shopperBenefits(container, customerId, { cartVariantIds, types: ["member_price"] }),
  ])
  if (!(customers[0] as { has_account?: boolean } | undefined)?.has_account) {
    return {}
  }
  const context: ShopperPricingContext = {}
  const [tier] = standing?.tier_id ? await membership.listMembershipTiers({ id: standing.tier_id }, { select: ["rank"] }) : []
  if (tier) {
    context[TIER_RANK_ATTRIBUTE] = tier.rank
  }
  if (!held.length) {
    context[TRIAL_ATTRIBUTE] = TRIAL_ELIGIBLE
  }
  if (memberPrices.length) {
    // Medusa matches an array with IN; among matching prices the lowest wins (see README, Member prices).
    context[MEMBER_PRICE_ATTRIBUTE] = memberPrices.map((benefit) => benefit.id)
  }
  return context
}
