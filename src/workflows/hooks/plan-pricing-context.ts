import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  createCartWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { pricingCart } from "../utils/cart-line-prices"
import { type PreviousLinePrice, repriceCartLines, restoreLinePrices } from "../utils/reprice-cart-lines"
import { shopperPricingContext } from "../utils/shopper-pricing-context"

/**
 * Every cart workflow that prices items asks for the shopper's membership pricing context (tier
 * rank, trial eligibility, member-price benefits), computed with the variants the cart will hold,
 * so a plan being bought grants its member prices in the same cart.
 */
const contextFor = async (
  container: MedusaContainer,
  customerId: string | null | undefined,
  cartVariantIds: (string | null | undefined)[]
) => new StepResponse(await shopperPricingContext(container, customerId, cartVariantIds))

type WithCustomer = { customer_id?: string | null; customer?: { id?: string } | null }
type WithVariant = { variant_id?: string | null }
const customerIdOf = (cart: WithCustomer) => cart.customer_id ?? cart.customer?.id

/** The variants of a cart's lines (the add-to-cart hook's cart has no items). */
async function cartVariantIds(container: MedusaContainer, cartId: string): Promise<(string | null | undefined)[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.variant_id"], filters: { id: cartId } })
  return ((data[0] as { items?: WithVariant[] | null } | undefined)?.items ?? []).map((item) => item.variant_id)
}

addToCartWorkflow.hooks.setPricingContext(async ({ cart, items }, { container }) => {
  const existing = await cartVariantIds(container, (cart as { id: string }).id)
  const added = ((items ?? []) as WithVariant[]).map((item) => item.variant_id)
  return contextFor(container, customerIdOf(cart as WithCustomer), [...existing, ...added])
})

updateLineItemInCartWorkflow.hooks.setPricingContext(({ cart }, { container }) =>
  contextFor(
    container,
    customerIdOf(cart as WithCustomer),
    (((cart as { items?: WithVariant[] | null }).items ?? []) as WithVariant[]).map((item) => item.variant_id)
  )
)

createCartWorkflow.hooks.setPricingContext(({ customerData, variantIds }, { container }) =>
  contextFor(container, (customerData as { customer?: { id?: string } | null })?.customer?.id, (variantIds ?? []) as string[])
)

/**
 * Runs in every cart change (add, update and delete a line, update the cart) before Medusa
 * recomputes promotions and taxes: besides the context, it re-prices the lines already in the
 * cart whose price changed with the shopper's standing (a plan added or removed, a membership
 * ended); compensation writes their previous prices back.
 */
refreshCartItemsWorkflow.hooks.setPricingContext(
  async ({ cart_id }, { container }) => {
    const cart = await pricingCart(container, cart_id)
    if (!cart) {
      return new StepResponse({}, [] as PreviousLinePrice[])
    }
    const variantIds = (cart.items ?? []).map((item) => item.variant_id)
    const context = await shopperPricingContext(container, cart.customer_id, variantIds)
    const previous = await repriceCartLines(container, cart, context)
    return new StepResponse(context, previous)
  },
  async (previous, { container }) => restoreLinePrices(container, previous as PreviousLinePrice[] | undefined)
)
