import { PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { assertMemberCouponsUsable } from "../benefits/utils/assert-member-coupons-usable"

/**
 * A shopper adding member coupon
 * codes is told why one cannot be used. Only codes being added are checked; the cart refreshes
 * Medusa runs (action `replace`) keep relying on the promotions' own rules.
 */
updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if ((input.action ?? PromotionActions.ADD) !== PromotionActions.ADD) {
    return
  }
  await assertMemberCouponsUsable(container, cart as never, input.promo_codes ?? [])
})
