import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import type { CouponPromotion } from "./create-coupon-promotions"

export const attachCouponPromotionsStepId = "attach-coupon-promotions"

/** Records each coupon's promotion: from then on the shopper sees the code. Rollback clears them. */
export const attachCouponPromotionsStep = createStep(
  attachCouponPromotionsStepId,
  async (pairs: CouponPromotion[], { container }) => {
    if (pairs.length) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.updateMemberCoupons(pairs.map((pair) => ({ id: pair.coupon_id, promotion_id: pair.promotion_id })))
    }
    return new StepResponse(pairs.length, pairs.map((pair) => pair.coupon_id))
  },
  async (couponIds, { container }) => {
    if (couponIds?.length) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.updateMemberCoupons(couponIds.map((id) => ({ id, promotion_id: null })))
    }
  }
)
