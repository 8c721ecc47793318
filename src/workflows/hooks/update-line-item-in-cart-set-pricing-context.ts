import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartCustomerId, lineVariantIds } from "../benefits/utils/shopper-pricing-context"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof updateLineItemInCartWorkflow.hooks.setPricingContext>

/** Prices an updated line with the shopper's membership context. */
export const membershipUpdateLineItemInCartSetPricingContext: HookHandlers[0] = async ({ cart }, { container, eventGroupId }) => {
  const variantIds = lineVariantIds((cart as { items?: unknown }).items)
  return new StepResponse(await shopperPricingContext(container, cartCustomerId(cart), variantIds, eventGroupId))
}

if (!storeTakesHook("updateLineItemInCart.setPricingContext")) {
  updateLineItemInCartWorkflow.hooks.setPricingContext(membershipUpdateLineItemInCartSetPricingContext)
}
