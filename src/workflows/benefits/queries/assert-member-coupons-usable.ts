import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { assertCouponsUsable, type CartForCoupons, type CouponToUse } from "../utils/assert-member-coupons-usable"

/**
 * Refuses (400) member coupon codes this cart cannot use: another customer's (or a guest
 * cart's), expired, already used, or in another currency. Medusa would accept such a code and
 * silently apply nothing (its rules and campaign end keep the discount off); the shopper is
 * told why instead. Codes that are not member coupons are left to Medusa.
 */
export async function assertMemberCouponsUsable(container: MedusaContainer, cart: CartForCoupons, codes: string[], now = new Date()) {
  if (!codes.length) {
    return
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const coupons = await membership.listMemberCoupons(
    { code: codes, promotion_id: { $ne: null } },
    { select: ["code", "customer_id", "expires_at", "promotion_id", "value_type", "currency_code"] }
  )
  if (!coupons.length) {
    return
  }
  const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
  const usage = new Map(
    (await promotions.listPromotions({ id: coupons.map((coupon) => coupon.promotion_id!) }, { select: ["id", "used", "limit"] })).map(
      (promotion) => [promotion.id, promotion]
    )
  )
  assertCouponsUsable(cart, coupons as unknown as CouponToUse[], usage, now)
}
