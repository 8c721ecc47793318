import { adminPost } from "../lib/admin-fetch"
import { PageParams, useInvalidatingMutation, usePagedQuery } from "./admin-queries"
import { customerGrowthKey, MembershipTier, tiersKey } from "./membership-tiers"

export type GrowthReason = "order" | "refund" | "return" | "cancel" | "check_in" | "task" | "manual" | "expiry"

export type GrowthEntry = {
  id: string
  /** Signed: a refund or a manual correction takes growth away. */
  amount: number
  reason: GrowthReason
  reference: string | null
  order_id: string | null
  note: string | null
  actor: string | null
  counts_at: string
  created_at: string
}

export type CustomerGrowth = {
  customer_id: string
  tier: MembershipTier | null
  next_tier: MembershipTier | null
  /** `balance` counts within the program's window; `spend` and `orders` are what RFM tiers look at. */
  growth: { balance: number; lifetime: number; spend: number; orders: number }
  protected_until: string | null
  entries: GrowthEntry[]
  count: number
  offset: number
  limit: number
}

export function useCustomerGrowth(customerId: string, params: PageParams) {
  return usePagedQuery<CustomerGrowth>([...customerGrowthKey, customerId, params], `/admin/membership/customers/${customerId}/growth`, params)
}

export type AdjustGrowthBody = { amount: number; note: string }

/** A manual correction (signed, never 0) with the note kept in the customer's growth history; the customer may change tier. */
export function useAdjustGrowth(customerId: string) {
  const adjust = (body: AdjustGrowthBody) =>
    adminPost<{ entry: GrowthEntry; tier: MembershipTier | null }>(`/admin/membership/customers/${customerId}/growth`, body)
  return useInvalidatingMutation(adjust, [[...customerGrowthKey, customerId], tiersKey])
}
