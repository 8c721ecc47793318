import { PageParams, usePagedQuery } from "./admin-queries"

export type MemberCoupon = {
  id: string
  code: string
  benefit: { id: string; name: string | null }
  value_type: "fixed" | "percentage"
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

export type CustomerCoupons = { customer_id: string; coupons: MemberCoupon[]; count: number; offset: number; limit: number }

export const customerCouponsKey = ["membership", "customer-coupons"] as const

export function useCustomerCoupons(customerId: string, params: PageParams) {
  return usePagedQuery<CustomerCoupons>([...customerCouponsKey, customerId, params], `/admin/membership/customers/${customerId}/coupons`, params)
}
