import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService, MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE, TRIAL_ELIGIBLE } from "../../../modules/membership"
import { benefitsOfStanding, shopperStanding } from "./shopper-benefits"

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
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const now = new Date()
  const [standing, held] = await Promise.all([
    shopperStanding(container, customerId, cartVariantIds, now),
    membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true }),
  ])
  if (!standing.has_account) {
    return {}
  }
  const context: ShopperPricingContext = {}
  if (standing.tier_rank) {
    context[TIER_RANK_ATTRIBUTE] = standing.tier_rank
  }
  if (!held.length) {
    context[TRIAL_ATTRIBUTE] = TRIAL_ELIGIBLE
  }
  const memberPrices = await benefitsOfStanding(container, standing, ["member_price"], now)
  if (memberPrices.length) {
    // Medusa matches an array with IN; among matching prices the lowest wins (see docs/benefits.md, Member prices).
    context[MEMBER_PRICE_ATTRIBUTE] = memberPrices.map((benefit) => benefit.id)
  }
  return context
}

type WithCustomer = { customer_id?: string | null; customer?: { id?: string } | null }
type WithVariant = { variant_id?: string | null }

/** The customer of a cart as Medusa's cart hooks pass it (an id, or a customer object). */
export const cartCustomerId = (cart: unknown) => (cart as WithCustomer).customer_id ?? (cart as WithCustomer).customer?.id

/** The variants of lines as Medusa's cart hooks pass them. */
export const lineVariantIds = (lines: unknown) => ((lines ?? []) as WithVariant[]).map((line) => line.variant_id)

/** The variants of a cart's lines (the add-to-cart hook's cart has no items). */
export async function cartVariantIds(container: MedusaContainer, cartId: string): Promise<(string | null | undefined)[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.variant_id"], filters: { id: cartId } })
  return lineVariantIds((data[0] as { items?: WithVariant[] | null } | undefined)?.items)
}
