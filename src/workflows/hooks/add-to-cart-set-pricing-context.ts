import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartCustomerId, lineVariantIds } from "../benefits/utils/shopper-pricing-context"
import { cartVariantIds } from "../benefits/queries/cart-variant-ids"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof addToCartWorkflow.hooks.setPricingContext>

/** Prices added lines with the shopper's membership context, counting a plan the cart will hold. */
export const membershipAddToCartSetPricingContext: HookHandlers[0] = async ({ cart, items }, { container }) => {
  const existing = await cartVariantIds(container, (cart as { id: string }).id)
  return new StepResponse(await shopperPricingContext(container, cartCustomerId(cart), [...existing, ...lineVariantIds(items)]))
}

if (!storeTakesHook("addToCart.setPricingContext")) {
  addToCartWorkflow.hooks.setPricingContext(membershipAddToCartSetPricingContext)
}
