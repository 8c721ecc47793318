import { PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { assertMemberCouponsUsable } from "../benefits/queries/assert-member-coupons-usable"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof updateCartPromotionsWorkflow.hooks.validate>

/**
 * A shopper adding member coupon
 * codes is told why one cannot be used. Only codes being added are checked; the cart refreshes
 * Medusa runs (action `replace`) keep relying on the promotions' own rules.
 */
export const membershipUpdateCartPromotionsValidate: HookHandlers[0] = async ({ input, cart }, { container }) => {
  if ((input.action ?? PromotionActions.ADD) !== PromotionActions.ADD) {
    return
  }
  await assertMemberCouponsUsable(container, cart as never, input.promo_codes ?? [])
}

if (!storeTakesHook("updateCartPromotions.validate")) {
  updateCartPromotionsWorkflow.hooks.validate(membershipUpdateCartPromotionsValidate)
}
