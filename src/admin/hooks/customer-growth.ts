import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
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

export type GrowthPageParams = { limit: number; offset: number }

export function useCustomerGrowth(customerId: string, params: GrowthPageParams) {
  return useQuery({
    queryKey: [...customerGrowthKey, customerId, params],
    queryFn: () =>
      sdk.client.fetch<CustomerGrowth>(`/admin/membership/customers/${customerId}/growth`, { query: params }),
    placeholderData: keepPreviousData,
  })
}

export type AdjustGrowthBody = { amount: number; note: string }

/** A manual correction (signed, never 0) with the note kept in the customer's growth history. */
export function useAdjustGrowth(customerId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AdjustGrowthBody) =>
      sdk.client.fetch<{ entry: GrowthEntry; tier: MembershipTier | null }>(
        `/admin/membership/customers/${customerId}/growth`,
        { method: "POST", body }
      ),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: [...customerGrowthKey, customerId] })
      // The customer may have changed tier: the distribution moves with them.
      client.invalidateQueries({ queryKey: tiersKey })
    },
  })
}
