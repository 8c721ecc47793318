import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../modules/membership"
import { cartShopper } from "../benefits/queries/cart-shopper"
import { pricingCart } from "../benefits/queries/pricing-cart"
import { cartLineRepricing } from "../benefits/queries/cart-line-repricing"
import { type PreviousLinePrice, previousLinePrices, repricedLinesUpdate, restoredLinesUpdate } from "../benefits/utils/reprice-cart-lines"
import { pricingContextKey } from "../benefits/utils/shopper-pricing-context"
import { shopperPricingContext } from "../benefits/queries/shopper-pricing-context"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof refreshCartItemsWorkflow.hooks.setPricingContext>

/** What the compensation puts back: the context key the cart was priced under, and the lines' prices. */
type Repriced = { cart_id: string; previous_key: string; lines: PreviousLinePrice[] } | null

/**
 * Runs in every cart change (add, update and delete a line, update the cart) before Medusa
 * recomputes promotions and taxes: besides the context, when the shopper's context differs from
 * the one the cart was last priced under (a plan added or removed, a membership ended, another
 * shopper), it re-prices the lines already in the cart whose price changed with it and records
 * the new context; compensation writes their previous prices and context back. A cart whose
 * context did not change (a guest's, most updates) costs two reads.
 */
export const membershipRefreshCartItemsSetPricingContext: HookHandlers[0] = async ({ cart_id }, { container, eventGroupId }) => {
  const shopper = await cartShopper(container, cart_id)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [context, pricedUnder] = await Promise.all([
    shopperPricingContext(container, shopper.customer_id, shopper.variant_ids, eventGroupId),
    membership.cartPricingKey(cart_id),
  ])
  const key = pricingContextKey(context)
  if (key === pricedUnder) {
    return new StepResponse(context, null as Repriced)
  }
  const cart = await pricingCart(container, cart_id)
  const changed = cart ? await cartLineRepricing(container, cart, context) : []
  if (changed.length) {
    await container.resolve(Modules.CART).updateLineItems(repricedLinesUpdate(changed))
  }
  await membership.setCartPricingKey(cart_id, key)
  return new StepResponse(context, { cart_id, previous_key: pricedUnder, lines: previousLinePrices(changed) } as Repriced)
}

export const undoMembershipRefreshCartItemsSetPricingContext: NonNullable<HookHandlers[1]> = async (repriced, { container }) => {
  const previous = repriced as Repriced | undefined
  if (!previous) {
    return
  }
  if (previous.lines.length) {
    await container.resolve(Modules.CART).updateLineItems(restoredLinesUpdate(previous.lines))
  }
  await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).setCartPricingKey(previous.cart_id, previous.previous_key)
}

if (!storeTakesHook("refreshCartItems.setPricingContext")) {
  refreshCartItemsWorkflow.hooks.setPricingContext(membershipRefreshCartItemsSetPricingContext, undoMembershipRefreshCartItemsSetPricingContext)
}
