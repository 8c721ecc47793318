import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { catalogLines } from "../utils/cart-line-prices"
import { assertNoStaleMemberPrice, linesAtMemberPrice } from "../utils/member-prices-current"
import { pricingContextKey } from "../utils/shopper-pricing-context"
import { type CartShopper, cartShopper } from "./cart-shopper"
import { currentLinePrices } from "./current-line-prices"
import { pricingCart } from "./pricing-cart"
import { shopperPricingContext } from "./shopper-pricing-context"
import { variantsWithPrices } from "./variant-prices"

/**
 * Completion does not re-price a cart, so a line still at a member price its shopper no longer
 * holds (the membership ended, the benefit was archived after the cart was priced) is refused:
 * a line below what the shopper's standing gives now, at one of its variant's member prices.
 * A cart last priced under the shopper's context now needs no look at its prices.
 */
export async function assertMemberPricesCurrent(container: MedusaContainer, cartId: string, known?: CartShopper, readScope?: string) {
  const shopper = known ?? (await cartShopper(container, cartId))
  const [context, pricedUnder] = await Promise.all([
    shopperPricingContext(container, shopper.customer_id, shopper.variant_ids, readScope),
    container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).cartPricingKey(cartId),
  ])
  if (pricingContextKey(context) === pricedUnder) {
    return
  }
  const cart = await pricingCart(container, cartId)
  const lines = cart ? catalogLines(cart) : []
  if (!cart || !lines.length) {
    return
  }
  const variants = await variantsWithPrices(container, lines.map((line) => line.variant_id))
  const atMemberPrice = linesAtMemberPrice(lines, variants, cart.currency_code)
  if (!atMemberPrice.length) {
    return
  }
  const prices = await currentLinePrices(container, cart, atMemberPrice, context)
  assertNoStaleMemberPrice(cart.id, atMemberPrice, prices)
}
