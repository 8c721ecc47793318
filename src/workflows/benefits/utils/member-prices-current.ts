import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { memberPriceBenefitId } from "../../../modules/membership"
import { catalogLines, currentLinePrices, pricingCart } from "./cart-line-prices"
import { shopperPricingContext } from "./shopper-pricing-context"
import { variantsWithPrices } from "./variant-prices"

/**
 * Completion does not re-price a cart, so a line still at a member price its shopper no longer
 * holds (the membership ended, the benefit was archived after the cart was priced) is refused:
 * a line below what the shopper's standing gives now, at one of its variant's member prices.
 */
export async function assertMemberPricesCurrent(container: MedusaContainer, cartId: string) {
  const cart = await pricingCart(container, cartId)
  const lines = cart ? catalogLines(cart) : []
  if (!cart || !lines.length) {
    return
  }
  const variants = await variantsWithPrices(container, lines.map((line) => line.variant_id))
  const atMemberPrice = lines.filter((line) =>
    (variants.get(line.variant_id ?? "")?.price_set?.prices ?? []).some(
      (price) =>
        memberPriceBenefitId(price) !== null &&
        price.currency_code === cart.currency_code &&
        Number(price.amount) === Number(line.unit_price)
    )
  )
  if (!atMemberPrice.length) {
    return
  }
  const context = await shopperPricingContext(container, cart.customer_id, (cart.items ?? []).map((item) => item.variant_id))
  const prices = await currentLinePrices(container, cart, atMemberPrice, context)
  const stale = atMemberPrice.find((line) => {
    const now = prices?.get(line.id)
    return now && Number(line.unit_price) < now.unit_price
  })
  if (stale) {
    const title = (stale as { title?: string | null }).title ?? stale.variant_id
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The member price of "${title}" no longer applies to this cart. Update the cart (POST /store/carts/${cart.id}) to re-price it, then complete it.`
    )
  }
}
