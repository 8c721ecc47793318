import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogLines, type PricingCart } from "../utils/cart-line-prices"
import { type LineRepricing, linesToReprice, membershipPricedLines } from "../utils/reprice-cart-lines"
import { currentLinePrices } from "./current-line-prices"
import { variantsWithPrices } from "./variant-prices"

/**
 * The cart's lines of membership-priced variants whose price under this pricing context differs
 * from the one they carry (Medusa itself re-prices existing lines only on a forced refresh, so
 * adding or removing a plan, or a membership ending, would otherwise leave them as they were),
 * with their price now. Other lines keep the price they were added at, as in Medusa. Reads only:
 * the caller writes the prices (the cart refresh hook).
 */
export async function cartLineRepricing(
  container: MedusaContainer,
  cart: PricingCart,
  pricingContext: Record<string, unknown>
): Promise<LineRepricing[]> {
  if (cart.completed_at) {
    return []
  }
  const variants = await variantsWithPrices(container, catalogLines(cart).map((line) => line.variant_id))
  const lines = membershipPricedLines(cart, variants)
  const prices = await currentLinePrices(container, cart, lines, pricingContext)
  return prices ? linesToReprice(lines, prices) : []
}
