import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE } from "../../../modules/membership"
import { catalogLines, currentLinePrices, type LinePrice, type PricedCartLine, type PricingCart } from "./cart-line-prices"
import { variantsWithPrices } from "./variant-prices"

export type PreviousLinePrice = LinePrice & { id: string }

const MEMBERSHIP_ATTRIBUTES = new Set([MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE])

/**
 * The catalog lines whose variant has a price that depends on membership (member, tier or trial
 * prices), and those at a price their variant no longer has (e.g. the member price of a deleted
 * benefit), which would otherwise keep it.
 */
async function membershipPricedLines(container: MedusaContainer, cart: PricingCart): Promise<PricedCartLine[]> {
  const lines = catalogLines(cart)
  const variants = await variantsWithPrices(container, lines.map((line) => line.variant_id))
  return lines.filter((line) => {
    const prices = variants.get(line.variant_id ?? "")?.price_set?.prices ?? []
    const dependsOnMembership = prices.some((price) => (price.price_rules ?? []).some((rule) => MEMBERSHIP_ATTRIBUTES.has(rule.attribute)))
    const priceGone = !prices.some((price) => price.currency_code === cart.currency_code && Number(price.amount) === Number(line.unit_price))
    return dependsOnMembership || priceGone
  })
}

/**
 * Re-prices the cart's lines of membership-priced variants whose price under this pricing
 * context differs from the one they carry (Medusa itself re-prices existing lines only on a
 * forced refresh, so adding or removing a plan, or a membership ending, would otherwise leave
 * them as they were). Other lines keep the price they were added at, as in Medusa. Returns the
 * previous prices of the lines it changed.
 */
export async function repriceCartLines(
  container: MedusaContainer,
  cart: PricingCart,
  pricingContext: Record<string, unknown>
): Promise<PreviousLinePrice[]> {
  if (cart.completed_at) {
    return []
  }
  const lines = await membershipPricedLines(container, cart)
  const prices = await currentLinePrices(container, cart, lines, pricingContext)
  if (!prices) {
    return []
  }
  const changed = lines.flatMap((line) => {
    const now = prices.get(line.id)
    const differs = now && (Number(line.unit_price) !== now.unit_price || Boolean(line.is_tax_inclusive) !== now.is_tax_inclusive)
    return differs ? [{ line, now }] : []
  })
  if (!changed.length) {
    return []
  }
  await container.resolve(Modules.CART).updateLineItems(changed.map(({ line, now }) => ({ selector: { id: line.id }, data: now })))
  return changed.map(({ line }) => ({ id: line.id, unit_price: Number(line.unit_price), is_tax_inclusive: Boolean(line.is_tax_inclusive) }))
}

/** Writes lines' previous prices back (the compensation of `repriceCartLines`). */
export async function restoreLinePrices(container: MedusaContainer, previous: PreviousLinePrice[] | undefined) {
  if (previous?.length) {
    await container
      .resolve(Modules.CART)
      .updateLineItems(previous.map(({ id, ...price }) => ({ selector: { id }, data: price })))
  }
}
