import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

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

export function useCustomerCoupons(customerId: string, params: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...customerCouponsKey, customerId, params],
    queryFn: () => sdk.client.fetch<CustomerCoupons>(`/admin/membership/customers/${customerId}/coupons`, { query: params }),
    placeholderData: keepPreviousData,
  })
}
