import { adminPost } from "../lib/admin-fetch"
import { useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"
import type { PlanInterval, RefundPolicy } from "./membership-plans"

export type MembershipStatus = "trialing" | "active" | "past_due" | "canceled" | "expired"

export type Membership = {
  id: string
  customer_id: string
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  plan: { id: string; name: string; interval: PlanInterval; interval_count: number } | null
  next_plan_id: string | null
  status: MembershipStatus
  current_period_start: string
  current_period_end: string
  trial_ends_at: string | null
  next_charge_at: string | null
  failed_attempts: number
  past_due_since: string | null
  canceled_at: string | null
  ended_at: string | null
  currency_code: string | null
  created_at: string
}

export type MembershipEvent = {
  id: string
  type: string
  from_status: string | null
  to_status: string | null
  cause: string
  actor: "system" | "customer" | "admin" | "webhook"
  data: Record<string, unknown> | null
  occurred_at: string
}

export type MembershipPeriod = {
  id: string
  source: "purchase" | "renewal" | "manual"
  plan_id: string
  order_id: string | null
  starts_at: string
  ends_at: string
  amount: number
  currency_code: string | null
  refunded_amount: number
}

export type MembershipDetail = Membership & { events: MembershipEvent[]; periods: MembershipPeriod[] }
export type MembershipList = { memberships: Membership[]; count: number; offset: number; limit: number }
export type RefundPreview = {
  amount: number
  currency_code: string
  policy: RefundPolicy
  /** With the `benefits_used` policy: the value of the benefits used this period. */
  benefits_used?: number
}

export type MembershipListParams = {
  limit: number
  offset: number
  status?: MembershipStatus
  plan_id?: string
  customer_id?: string
}

export const membershipsKey = ["membership", "memberships"] as const
const MEMBERSHIPS_PATH = "/admin/membership/memberships"

export function useMemberships(params: MembershipListParams, options: { enabled?: boolean } = {}) {
  const query = { order: "-created_at", ...params }
  return usePagedQuery<MembershipList>([...membershipsKey, "list", params], MEMBERSHIPS_PATH, query, options)
}

export function useMembership(id: string | null | undefined) {
  return useAdminQuery<{ membership: MembershipDetail }>([...membershipsKey, "detail", id], `${MEMBERSHIPS_PATH}/${id}`, {
    enabled: !!id,
  })
}

/** What cancelling now would refund, per the plan's policy; only fetched while `enabled`. */
export function useRefundPreview(id: string, enabled: boolean) {
  const path = `${MEMBERSHIPS_PATH}/${id}/refund-preview`
  return useAdminQuery<RefundPreview>([...membershipsKey, "refund-preview", id], path, { enabled, staleTime: 0 })
}

export type CancelMembershipBody = { reason: string; refund?: boolean }
export type CancelMembershipResult = { membership: Membership; refund: RefundPreview | null }

export function useCancelMembership(id: string) {
  const cancel = (body: CancelMembershipBody) => adminPost<CancelMembershipResult>(`${MEMBERSHIPS_PATH}/${id}/cancel`, body)
  return useInvalidatingMutation(cancel, [membershipsKey])
}

export type ExtendMembershipBody = { days: number; reason: string }

export function useExtendMembership(id: string) {
  const extend = (body: ExtendMembershipBody) => adminPost<{ membership: Membership }>(`${MEMBERSHIPS_PATH}/${id}/extend`, body)
  return useInvalidatingMutation(extend, [membershipsKey])
}
