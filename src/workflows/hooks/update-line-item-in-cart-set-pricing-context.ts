import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartCustomerId, lineVariantIds, shopperPricingContext } from "../benefits/utils/shopper-pricing-context"

/** Prices an updated line with the shopper's membership context. */
updateLineItemInCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  const variantIds = lineVariantIds((cart as { items?: unknown }).items)
  return new StepResponse(await shopperPricingContext(container, cartCustomerId(cart), variantIds))
})
