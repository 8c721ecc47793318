import { MedusaError } from "@medusajs/framework/utils"

export type CartForCoupons = { currency_code?: string | null; customer_id?: string | null; customer?: { id?: string | null } | null }

export type CouponToUse = {
  code: string
  customer_id: string | null
  expires_at: Date | string
  promotion_id: string | null
  value_type: string
  currency_code: string | null
}

export type CouponPromotionUsage = { id: string; used?: number | null; limit?: number | null }

/**
 * Refuses (400) the first of these member coupons the cart cannot use: another customer's (or a
 * guest cart's), expired, already used (its promotion's usage), or in another currency.
 */
export function assertCouponsUsable(cart: CartForCoupons, coupons: CouponToUse[], usage: Map<string, CouponPromotionUsage>, now: Date) {
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
