import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { shopperPricingContext } from "../benefits/utils/shopper-pricing-context"

/** Prices a new cart's lines with the shopper's membership context, counting a plan among them. */
createCartWorkflow.hooks.setPricingContext(async ({ customerData, variantIds }, { container }) => {
  const customerId = (customerData as { customer?: { id?: string } | null })?.customer?.id
  return new StepResponse(await shopperPricingContext(container, customerId, (variantIds ?? []) as string[]))
})
