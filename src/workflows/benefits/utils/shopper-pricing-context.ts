import { MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE, TRIAL_ELIGIBLE } from "../../../modules/membership"

export type ShopperPricingContext = Record<string, string | number | string[]>

/**
 * The pricing-context attributes of a shopper with an account: their tier's rank (when they
 * reached one), trial eligibility when they never held a membership, and the ids of the
 * member_price benefits they hold.
 */
export function pricingContextOf(tierRank: number, heldMembership: boolean, memberPriceBenefitIds: string[]): ShopperPricingContext {
  const context: ShopperPricingContext = {}
  if (tierRank) {
    context[TIER_RANK_ATTRIBUTE] = tierRank
  }
  if (!heldMembership) {
    context[TRIAL_ATTRIBUTE] = TRIAL_ELIGIBLE
  }
  if (memberPriceBenefitIds.length) {
    // Medusa matches an array with IN; among matching prices the lowest wins (see docs/benefits.md, Member prices).
    context[MEMBER_PRICE_ATTRIBUTE] = memberPriceBenefitIds
  }
  return context
}

type WithCustomer = { customer_id?: string | null; customer?: { id?: string } | null }
export type WithVariant = { variant_id?: string | null }

/** The customer of a cart as Medusa's cart hooks pass it (an id, or a customer object). */
export const cartCustomerId = (cart: unknown) => (cart as WithCustomer).customer_id ?? (cart as WithCustomer).customer?.id

/** The variants of lines as Medusa's cart hooks pass them. */
export const lineVariantIds = (lines: unknown) => ((lines ?? []) as WithVariant[]).map((line) => line.variant_id)

/**
 * A pricing context as one comparable string: "" for the empty context (a guest's), else its
 * attributes in a fixed order, lists sorted. Equal keys price every line the same.
 */
export function pricingContextKey(context: ShopperPricingContext): string {
  const entries = Object.entries(context)
    .map(([attribute, value]) => [attribute, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b))
  return entries.length ? JSON.stringify(entries) : ""
}
