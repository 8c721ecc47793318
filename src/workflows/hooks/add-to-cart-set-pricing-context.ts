import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartCustomerId, lineVariantIds } from "../benefits/utils/shopper-pricing-context"
import { cartShopper } from "../benefits/queries/cart-shopper"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof addToCartWorkflow.hooks.setPricingContext>

/** Prices added lines with the shopper's membership context, counting a plan the cart will hold. */
export const membershipAddToCartSetPricingContext: HookHandlers[0] = async ({ cart, items }, { container }) => {
  const customerId = cartCustomerId(cart)
  // A guest's context is empty whatever the cart holds.
  const existing = customerId ? (await cartShopper(container, (cart as { id: string }).id)).variant_ids : []
  return new StepResponse(await shopperPricingContext(container, customerId, [...existing, ...lineVariantIds(items)]))
}

if (!storeTakesHook("addToCart.setPricingContext")) {
  addToCartWorkflow.hooks.setPricingContext(membershipAddToCartSetPricingContext)
}
