import type {
  PlanInterval,
  PlanPriceInput,
  PlanStatus,
  PlanTermsInput,
  RefundPolicy,
} from "../../modules/membership/types"
import { namedOptions } from "../lib/named-options"
import { ALL, crudMutations, useAdminQuery, usePagedQuery } from "./admin-queries"
import { membershipsKey } from "./memberships"

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
const PLANS_PATH = "/admin/membership/plans"

export function usePlans(params: PlanListParams) {
  return usePagedQuery<PlanList>([...plansKey, "list", params], PLANS_PATH, { order: "-created_at", ...params })
}

/** Plans are few: the pickers read them all. */
export const useAllPlans = () => usePlans(ALL)

/** Every plan as a picker option. */
export function usePlanOptions() {
  const { data, isLoading } = useAllPlans()
  return { options: namedOptions(data?.plans), isLoading }
}

export function usePlan(id: string | null | undefined) {
  return useAdminQuery<{ plan: MembershipPlan }>([...plansKey, "detail", id], `${PLANS_PATH}/${id}`, { enabled: !!id })
}

/**
 * Every change makes the plans stale, and the memberships, which show their plan's name. An update
 * is partial: `{ status: "archived" }` archives the plan, `{ status: "active" }` reactivates it.
 */
export const { useCreate: useCreatePlan, useUpdate: useUpdatePlan } = crudMutations<
  { plan: MembershipPlan },
  CreatePlanBody,
  UpdatePlanBody,
  never
>(PLANS_PATH, [plansKey, membershipsKey])
