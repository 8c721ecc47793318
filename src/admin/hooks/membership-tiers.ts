import { useMutation } from "@tanstack/react-query"
import type {
  Deleted,
  ImpactPreview,
  PreviewBody,
  SimulateBody,
  SimulationResult,
  TierBody,
  TierEvaluation,
  TierList,
  TierListParams,
  TierProgramSettings,
  TierResult,
} from "../../types/http"
import { adminPost } from "../lib/admin-fetch"
import { namedOptions } from "../lib/named-options"
import { ALL, crudMutations, useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"

export const tiersKey = ["membership", "tiers"] as const
export const tierProgramKey = ["membership", "tier-program"] as const
/** A customer's growth and tier (hooks/customer-growth.ts); tier changes move customers between tiers. */
export const customerGrowthKey = ["membership", "customer-growth"] as const

const TIERS_PATH = "/admin/membership/tiers"
const PROGRAM_PATH = "/admin/membership/tier-program"

export function useTiers(params: TierListParams) {
  return usePagedQuery<TierList>([...tiersKey, "list", params], TIERS_PATH, params)
}

/** Tiers are few: the pickers and the Tiers page read them all. */
export const useAllTiers = () => useTiers(ALL)

/** Every tier as a picker option. */
export function useTierOptions() {
  const { data, isLoading } = useAllTiers()
  return { options: namedOptions(data?.tiers), isLoading }
}

/** After a change that re-evaluates members: the distribution and every customer's tier are stale. */
const TIER_CHANGES = [tiersKey, customerGrowthKey]

type DeletedTier = Deleted<"membership_tier"> & { evaluation: TierEvaluation }

export const {
  useCreate: useCreateTier,
  useUpdate: useUpdateTier,
  useDelete: useDeleteTier,
} = crudMutations<TierResult, TierBody, Partial<TierBody>, DeletedTier>(TIERS_PATH, TIER_CHANGES)

export function useTierProgram() {
  return useAdminQuery<{ program: TierProgramSettings }>(tierProgramKey, PROGRAM_PATH)
}

export function useUpdateTierProgram() {
  const save = (body: Partial<TierProgramSettings>) => adminPost<{ program: TierProgramSettings; evaluation: TierEvaluation }>(PROGRAM_PATH, body)
  return useInvalidatingMutation(save, [...TIER_CHANGES, tierProgramKey])
}

/** Who would move if the tiers or the program changed like this; changes nothing. */
export function usePreviewImpact() {
  return useMutation({
    mutationFn: (body: PreviewBody) => adminPost<{ preview: ImpactPreview }>(`${PROGRAM_PATH}/preview`, body),
  })
}

/** Puts every customer in the tier their growth reaches now (and ends expired protections). */
export function useReevaluateTiers() {
  type Reevaluated = { evaluation: Required<TierEvaluation> }
  return useInvalidatingMutation<void, Reevaluated>(() => adminPost(`${PROGRAM_PATH}/reevaluate`), TIER_CHANGES)
}

/** When personas would reach each saved tier under the saved program; changes nothing. */
export function useSimulateTiers() {
  return useMutation({ mutationFn: (body: SimulateBody) => adminPost<SimulationResult>(`${PROGRAM_PATH}/simulate`, body) })
}
