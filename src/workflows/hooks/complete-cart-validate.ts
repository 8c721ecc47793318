import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartMallLines, type CartRow, type CheckoutPointsSpend, POINTS_MODULE, type PointsModuleService, toCartForPoints } from "../../modules/points"
import { assertMemberPricesCurrent } from "../benefits/queries/member-prices-current"
import { assertMemberPromotionsCurrent } from "../benefits/queries/assert-member-promotions-current"
import type { CompletingCart } from "../benefits/utils/assert-member-promotions-current"
import { assertPlanLines } from "../membership/queries/assert-plan-lines"
import { assertTrialStillAllowed } from "../membership/queries/assert-trial-still-allowed"
import { cartForCheck } from "../membership/queries/cart-for-check"
import { mallShopperTiers } from "../points-mall/queries/points-mall-shopper"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof completeCartWorkflow.hooks.validate>

// Points are debited last, once every check has passed, against the cart data the order is built
// from (the points applied to the total and the points mall lines, together); the compensation
// gives them back if the completion fails after this hook (e.g. the payment is not authorized).
export const membershipCompleteCartValidate: HookHandlers[0] = async ({ input, cart: completing }, { container, eventGroupId }) => {
  const cart = await cartForCheck(container, input.id)
  const plans = await assertPlanLines(container, cart.items ?? [], Boolean(cart.customer?.has_account), cart.customer?.id, eventGroupId)
  await assertTrialStillAllowed(container, cart, plans, eventGroupId)
  await assertMemberPromotionsCurrent(container, completing as unknown as CompletingCart, eventGroupId)
  // A customer without an account prices as a guest: no need to read their standing.
  const shopper = { customer_id: cart.customer?.has_account ? cart.customer.id : null, variant_ids: (cart.items ?? []).map((item) => item.variant_id) }
  await assertMemberPricesCurrent(container, input.id, shopper, eventGroupId)
  const pointsCart = toCartForPoints(completing as unknown as CartRow)
  const mallLines = cartMallLines(cart.items)
  const tierIds = mallLines.length && pointsCart.customer_id ? await mallShopperTiers(container, pointsCart.customer_id) : []
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const spent = await points.spendCartAtCheckout({ cart: pointsCart, mall_lines: mallLines, tier_ids: tierIds })
  return new StepResponse(undefined, spent)
}

export const undoMembershipCompleteCartValidate: NonNullable<HookHandlers[1]> = async (spent, { container }) => {
  if (spent) {
    await container.resolve<PointsModuleService>(POINTS_MODULE).undoCartCheckoutSpend(spent as CheckoutPointsSpend)
  }
}

if (!storeTakesHook("completeCart.validate")) {
  completeCartWorkflow.hooks.validate(membershipCompleteCartValidate, undoMembershipCompleteCartValidate)
}
