import type { AdjustGrowthBody, AdjustGrowthResult, CustomerGrowth, CustomerGrowthParams } from "../../types/http"
import { adminPost } from "../lib/admin-fetch"
import { useInvalidatingMutation, usePagedQuery } from "./admin-queries"
import { customerGrowthKey, tiersKey } from "./membership-tiers"

export function useCustomerGrowth(customerId: string, params: CustomerGrowthParams) {
  return usePagedQuery<CustomerGrowth>([...customerGrowthKey, customerId, params], `/admin/membership/customers/${customerId}/growth`, params)
}

/** A manual correction (signed, never 0) with the note kept in the customer's growth history; the customer may change tier. */
export function useAdjustGrowth(customerId: string) {
  const adjust = (body: AdjustGrowthBody) => adminPost<AdjustGrowthResult>(`/admin/membership/customers/${customerId}/growth`, body)
  return useInvalidatingMutation(adjust, [[...customerGrowthKey, customerId], tiersKey])
}
