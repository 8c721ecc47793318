import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  createCartWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { shopperPricingContext } from "../utils/shopper-pricing-context"

/**
 * Every cart workflow that prices items asks for the shopper's membership pricing context, so
 * plan variants (and later member prices) are priced for the cart's customer and re-priced
 * when the cart changes hands or is refreshed.
 */
const contextFor = async (container: MedusaContainer, customerId: string | null | undefined) =>
  new StepResponse(await shopperPricingContext(container, customerId))

type WithCustomer = { customer_id?: string | null; customer?: { id?: string } | null }
const customerIdOf = (cart: WithCustomer) => cart.customer_id ?? cart.customer?.id

addToCartWorkflow.hooks.setPricingContext(({ cart }, { container }) =>
  contextFor(container, customerIdOf(cart as WithCustomer))
)

updateLineItemInCartWorkflow.hooks.setPricingContext(({ cart }, { container }) =>
  contextFor(container, customerIdOf(cart as WithCustomer))
)

createCartWorkflow.hooks.setPricingContext(({ customerData }, { container }) =>
  contextFor(container, (customerData as { customer?: { id?: string } | null })?.customer?.id)
)

refreshCartItemsWorkflow.hooks.setPricingContext(async ({ cart_id }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cart_id } })
  return contextFor(container, data[0]?.customer_id)
})
