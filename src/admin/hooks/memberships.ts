import type {
  CancelMembershipBody,
  CancelMembershipResult,
  ExtendMembershipBody,
  Membership,
  MembershipDetail,
  MembershipList,
  MembershipListParams,
  RefundPreview,
} from "../../types/http"
import { adminPost } from "../lib/admin-fetch"
import { useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"

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

export function useCancelMembership(id: string) {
  const cancel = (body: CancelMembershipBody) => adminPost<CancelMembershipResult>(`${MEMBERSHIPS_PATH}/${id}/cancel`, body)
  return useInvalidatingMutation(cancel, [membershipsKey])
}

export function useExtendMembership(id: string) {
  const extend = (body: ExtendMembershipBody) => adminPost<{ membership: Membership }>(`${MEMBERSHIPS_PATH}/${id}/extend`, body)
  return useInvalidatingMutation(extend, [membershipsKey])
}
