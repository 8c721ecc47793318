import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type MembershipPlan = {
  id: string
  name: string
  handle: string
  description: string | null
  status: "active" | "archived"
  created_at: string
}

export type PlanList = { plans: MembershipPlan[]; count: number; offset: number; limit: number }
export type CreatePlanBody = { name: string; handle?: string; description?: string; status?: MembershipPlan["status"] }

const plansKey = ["membership", "plans"] as const

export function usePlans(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...plansKey, page],
    queryFn: () => sdk.client.fetch<PlanList>("/admin/membership/plans", { query: { ...page, order: "-created_at" } }),
    placeholderData: keepPreviousData,
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
