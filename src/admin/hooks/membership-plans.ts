import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  PlanInterval,
  PlanPriceInput,
  PlanStatus,
  PlanTermsInput,
  RefundPolicy,
} from "../../modules/membership/types"
import { sdk } from "../lib/sdk"

// The module's own types, imported as types only: the compiler erases these imports, so none of
// the module's server code (its models build on @medusajs/framework/utils) reaches the browser
// bundle. Never import a value from there.
export type { PlanInterval, PlanStatus, RefundPolicy }

/** A plan price in major units; with `min_tier_rank`, only shoppers of that tier rank or above pay it. */
export type PlanPrice = { currency_code: string; amount: number; min_tier_rank: number | null }

export type MembershipPlan = {
  id: string
  name: string
  handle: string
  description: string | null
  status: PlanStatus
  interval: PlanInterval
  interval_count: number
  trial_days: number
  grace_days: number
  dunning_offsets: number[]
  refund_policy: RefundPolicy
  metadata: Record<string, unknown> | null
  prices: PlanPrice[]
  product_id: string | null
  variant_id: string | null
  created_at: string
  updated_at: string
}

export type PlanList = { plans: MembershipPlan[]; count: number; offset: number; limit: number }

/** What the create and update routes both take: the module's terms, description, status and prices. */
type PlanTerms = PlanTermsInput & {
  description?: string | null
  status?: PlanStatus
  prices?: PlanPriceInput[]
}
export type CreatePlanBody = PlanTerms & { name: string; handle?: string }
export type UpdatePlanBody = PlanTerms & { name?: string }

export type PlanListParams = { limit: number; offset: number; status?: PlanStatus; q?: string }

const plansKey = ["membership", "plans"] as const

export function usePlans(params: PlanListParams) {
  return useQuery({
    queryKey: [...plansKey, "list", params],
    queryFn: () =>
      sdk.client.fetch<PlanList>("/admin/membership/plans", { query: { order: "-created_at", ...params } }),
    placeholderData: keepPreviousData,
  })
}

export function usePlan(id: string | null | undefined) {
  return useQuery({
    queryKey: [...plansKey, "detail", id],
    queryFn: () => sdk.client.fetch<{ plan: MembershipPlan }>(`/admin/membership/plans/${id}`),
    enabled: !!id,
  })
}

export function useCreatePlan() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreatePlanBody) =>
      sdk.client.fetch<{ plan: MembershipPlan }>("/admin/membership/plans", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: plansKey }),
  })
}

/** Partial update; `{ status: "archived" }` archives the plan, `{ status: "active" }` reactivates it. */
export function useUpdatePlan() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: UpdatePlanBody & { id: string }) =>
      sdk.client.fetch<{ plan: MembershipPlan }>(`/admin/membership/plans/${id}`, { method: "POST", body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: plansKey })
      // Memberships show their plan's name.
      client.invalidateQueries({ queryKey: ["membership", "memberships"] })
    },
  })
}
