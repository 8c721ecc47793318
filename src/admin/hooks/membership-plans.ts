import type { CreatePlanBody, MembershipPlan, PlanList, PlanListParams, UpdatePlanBody } from "../../types/http"
import { namedOptions } from "../lib/named-options"
import { ALL, crudMutations, useAdminQuery, usePagedQuery } from "./admin-queries"
import { membershipsKey } from "./memberships"

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
