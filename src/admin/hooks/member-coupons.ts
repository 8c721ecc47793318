import type { CustomerCoupons, PageParams } from "../../types/http"
import { usePagedQuery } from "./admin-queries"

export const customerCouponsKey = ["membership", "customer-coupons"] as const

export function useCustomerCoupons(customerId: string, params: PageParams) {
  return usePagedQuery<CustomerCoupons>([...customerCouponsKey, customerId, params], `/admin/membership/customers/${customerId}/coupons`, params)
}
