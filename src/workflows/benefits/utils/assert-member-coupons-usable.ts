import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export type CartForCoupons = { currency_code?: string | null; customer_id?: string | null; customer?: { id?: string | null } | null }

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
  const customerId = cart.customer_id ?? cart.customer?.id ?? null
  for (const coupon of coupons) {
    const refuse = (why: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `The promotion code ${coupon.code} ${why}`)
    if (coupon.customer_id !== customerId) {
      throw refuse("belongs to another customer: sign in with the account it was issued to")
    }
    if (new Date(coupon.expires_at) <= now) {
      throw refuse("has expired")
    }
    const promotion = usage.get(coupon.promotion_id!)
    if (promotion && typeof promotion.limit === "number" && (promotion.used ?? 0) >= promotion.limit) {
      throw refuse("has already been used")
    }
    if (coupon.value_type === "fixed" && coupon.currency_code && coupon.currency_code !== cart.currency_code?.toLowerCase()) {
      throw refuse(`is for carts in ${coupon.currency_code.toUpperCase()}`)
    }
  }
}
