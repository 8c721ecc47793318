import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof createCartWorkflow.hooks.setPricingContext>

/** Prices a new cart's lines with the shopper's membership context, counting a plan among them. */
export const membershipCreateCartSetPricingContext: HookHandlers[0] = async ({ customerData, variantIds }, { container, eventGroupId }) => {
  const customerId = (customerData as { customer?: { id?: string } | null })?.customer?.id
  return new StepResponse(await shopperPricingContext(container, customerId, (variantIds ?? []) as string[], eventGroupId))
}

if (!storeTakesHook("createCart.setPricingContext")) {
  createCartWorkflow.hooks.setPricingContext(membershipCreateCartSetPricingContext)
}
