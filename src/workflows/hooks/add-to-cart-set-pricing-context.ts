import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../modules/membership"
import { cartCustomerId, lineVariantIds, pricingContextKey } from "../benefits/utils/shopper-pricing-context"
import { cartShopper } from "../benefits/queries/cart-shopper"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof addToCartWorkflow.hooks.setPricingContext>

/** The context key an empty cart had before its first lines were priced (what the compensation puts back). */
type Recorded = { cart_id: string; previous_key: string } | null

/**
 * Prices added lines with the shopper's membership context, counting a plan the cart will hold.
 * Lines added to an empty cart are all priced under it, so it is recorded as the cart's pricing
 * context: the refresh that follows has nothing to re-price.
 */
export const membershipAddToCartSetPricingContext: HookHandlers[0] = async ({ cart, items }, { container, eventGroupId }) => {
  const customerId = cartCustomerId(cart)
  if (!customerId) {
    // A guest's context is empty whatever the cart holds.
    return new StepResponse({}, null as Recorded)
  }
  const cartId = (cart as { id: string }).id
  const existing = (await cartShopper(container, cartId)).variant_ids
  const context = await shopperPricingContext(container, customerId, [...existing, ...lineVariantIds(items)], eventGroupId)
  if (existing.length) {
    return new StepResponse(context, null as Recorded)
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const key = pricingContextKey(context)
  const previous = await membership.cartPricingKey(cartId)
  if (previous === key) {
    return new StepResponse(context, null as Recorded)
  }
  await membership.setCartPricingKey(cartId, key)
  return new StepResponse(context, { cart_id: cartId, previous_key: previous } as Recorded)
}

export const undoMembershipAddToCartSetPricingContext: NonNullable<HookHandlers[1]> = async (recorded, { container }) => {
  const previous = recorded as Recorded | undefined
  if (previous) {
    await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).setCartPricingKey(previous.cart_id, previous.previous_key)
  }
}

if (!storeTakesHook("addToCart.setPricingContext")) {
  addToCartWorkflow.hooks.setPricingContext(membershipAddToCartSetPricingContext, undoMembershipAddToCartSetPricingContext)
}
