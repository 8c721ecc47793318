import type { Page } from "./common"

export const COUPON_VALUE_TYPES = ["fixed", "percentage"] as const
export type CouponValueType = (typeof COUPON_VALUE_TYPES)[number]

/** A coupon drop code issued to a member. */
export type MemberCoupon = {
  id: string
  code: string
  /** `name` is null for a benefit that no longer exists. */
  benefit: { id: string; name: string | null }
  value_type: CouponValueType
  value: number
  currency_code: string | null
  /** "YYYY-MM" in the tier program's time zone. */
  period: string
  sequence: number
  expires_at: string
  issued_at: string
  used: boolean
  expired: boolean
}

/** `GET /store/membership/coupons`: newest month first. */
export type CouponPage = Page & { coupons: MemberCoupon[] }

/** `GET /admin/membership/customers/:id/coupons`. */
export type CustomerCoupons = CouponPage & { customer_id: string }
