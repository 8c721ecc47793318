import { MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE } from "../../../modules/membership"
import { catalogLines, type LinePrice, type PricedCartLine, type PricingCart } from "./cart-line-prices"
import type { VariantWithPrices } from "./variant-prices"

export type PreviousLinePrice = LinePrice & { id: string }

/** A line whose price changes: what it carries and what it costs now. */
export type LineRepricing = { line: PricedCartLine; now: LinePrice }

const MEMBERSHIP_ATTRIBUTES = new Set([MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE])

/**
 * The catalog lines whose variant has a price that depends on membership (member, tier or trial
 * prices), and those at a price their variant no longer has (e.g. the member price of a deleted
 * benefit), which would otherwise keep it.
 */
export function membershipPricedLines(cart: PricingCart, variants: Map<string, VariantWithPrices>): PricedCartLine[] {
  return catalogLines(cart).filter((line) => {
    const prices = variants.get(line.variant_id ?? "")?.price_set?.prices ?? []
    const dependsOnMembership = prices.some((price) => (price.price_rules ?? []).some((rule) => MEMBERSHIP_ATTRIBUTES.has(rule.attribute)))
    const priceGone = !prices.some((price) => price.currency_code === cart.currency_code && Number(price.amount) === Number(line.unit_price))
    return dependsOnMembership || priceGone
  })
}

/** The lines whose price or tax inclusivity differs from what they cost now (`prices`, by line id). */
export const linesToReprice = (lines: PricedCartLine[], prices: Map<string, LinePrice>): LineRepricing[] =>
  lines.flatMap((line) => {
    const now = prices.get(line.id)
    const differs = now && (Number(line.unit_price) !== now.unit_price || Boolean(line.is_tax_inclusive) !== now.is_tax_inclusive)
    return differs ? [{ line, now }] : []
  })

/** The cart module's `updateLineItems` input that gives the lines their new prices. */
export const repricedLinesUpdate = (changed: LineRepricing[]) => changed.map(({ line, now }) => ({ selector: { id: line.id }, data: now }))

/** The prices the changed lines carried before (what the compensation writes back). */
export const previousLinePrices = (changed: LineRepricing[]): PreviousLinePrice[] =>
  changed.map(({ line }) => ({ id: line.id, unit_price: Number(line.unit_price), is_tax_inclusive: Boolean(line.is_tax_inclusive) }))

/** The cart module's `updateLineItems` input that writes lines' previous prices back. */
export const restoredLinesUpdate = (previous: PreviousLinePrice[]) => previous.map(({ id, ...price }) => ({ selector: { id }, data: price }))
