import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  cartCustomerId,
  cartVariantIds,
  lineVariantIds,
  shopperPricingContext,
} from "../benefits/utils/shopper-pricing-context"

/** Prices added lines with the shopper's membership context, counting a plan the cart will hold. */
addToCartWorkflow.hooks.setPricingContext(async ({ cart, items }, { container }) => {
  const existing = await cartVariantIds(container, (cart as { id: string }).id)
  return new StepResponse(await shopperPricingContext(container, cartCustomerId(cart), [...existing, ...lineVariantIds(items)]))
})
