import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { pricingCart } from "../benefits/queries/pricing-cart"
import { cartLineRepricing } from "../benefits/queries/cart-line-repricing"
import { type PreviousLinePrice, previousLinePrices, repricedLinesUpdate, restoredLinesUpdate } from "../benefits/utils/reprice-cart-lines"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof refreshCartItemsWorkflow.hooks.setPricingContext>

/**
 * Runs in every cart change (add, update and delete a line, update the cart) before Medusa
 * recomputes promotions and taxes: besides the context, it re-prices the lines already in the
 * cart whose price changed with the shopper's standing (a plan added or removed, a membership
 * ended); compensation writes their previous prices back.
 */
export const membershipRefreshCartItemsSetPricingContext: HookHandlers[0] = async ({ cart_id }, { container }) => {
  const cart = await pricingCart(container, cart_id)
  if (!cart) {
    return new StepResponse({}, [] as PreviousLinePrice[])
  }
  const variantIds = (cart.items ?? []).map((item) => item.variant_id)
  const context = await shopperPricingContext(container, cart.customer_id, variantIds)
  const changed = await cartLineRepricing(container, cart, context)
  if (changed.length) {
    await container.resolve(Modules.CART).updateLineItems(repricedLinesUpdate(changed))
  }
  return new StepResponse(context, previousLinePrices(changed))
}

export const undoMembershipRefreshCartItemsSetPricingContext: NonNullable<HookHandlers[1]> = async (previous, { container }) => {
  if ((previous as PreviousLinePrice[] | undefined)?.length) {
    await container.resolve(Modules.CART).updateLineItems(restoredLinesUpdate(previous as PreviousLinePrice[]))
  }
}

if (!storeTakesHook("refreshCartItems.setPricingContext")) {
  refreshCartItemsWorkflow.hooks.setPricingContext(membershipRefreshCartItemsSetPricingContext, undoMembershipRefreshCartItemsSetPricingContext)
}
