import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertMemberPricesCurrent } from "../benefits/utils/member-prices-current"
import { assertMemberPromotionsCurrent, type CompletingCart } from "../benefits/utils/assert-member-promotions-current"
import { assertPlanLines, assertTrialStillAllowed, cartForCheck } from "../membership/utils/cart-plan-checks"
import type { CartRow } from "../points/utils/cart-points"
import { spendCheckoutPoints, undoCheckoutPointsSpend } from "../points/utils/checkout-points"

// Points are debited last, once every check has passed, against the cart data the order is built
// from (the points applied to the total and the points mall lines, together); the compensation
// gives them back if the completion fails after this hook (e.g. the payment is not authorized).
completeCartWorkflow.hooks.validate(
  async ({ input, cart: completing }, { container }) => {
    const cart = await cartForCheck(container, input.id)
    const plans = await assertPlanLines(container, cart.items ?? [], Boolean(cart.customer?.has_account), cart.customer?.id)
    await assertTrialStillAllowed(container, cart, plans)
    await assertMemberPromotionsCurrent(container, completing as unknown as CompletingCart)
    await assertMemberPricesCurrent(container, input.id)
    const spent = await spendCheckoutPoints(container, { ...(completing as unknown as CartRow), items: cart.items })
    return new StepResponse(undefined, spent)
  },
  async (spent, { container }) => {
    if (spent) {
      await undoCheckoutPointsSpend(container, spent)
    }
  }
)
