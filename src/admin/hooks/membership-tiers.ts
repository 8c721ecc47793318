import { useMutation } from "@tanstack/react-query"
import { adminPost } from "../lib/admin-fetch"
import { namedOptions } from "../lib/named-options"
import { ALL, crudMutations, useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"

// Tiers, the tier program and growth value, as the admin API returns them (issue 4's contract).

export type TierProgramMode = "growth" | "rfm"
export type DowngradePolicy = "never" | "scheduled"
export type AwardOn = "capture" | "completion"

export type MembershipTier = {
  id: string
  name: string
  /** Higher is better; unique among live tiers. */
  rank: number
  /** The growth value that reaches the tier (growth mode). */
  threshold: number
  /** What reaches the tier in RFM mode: spend and orders in the program's window. */
  rfm_min_spend: number
  rfm_min_orders: number
  badge_label: string | null
  /** Hex, e.g. "#C0C0C0". */
  badge_color: string | null
  /** An icon name, e.g. "star". */
  badge_icon: string | null
  /** What the tier unlocks. */
  description: string | null
  customer_group_id: string | null
}

/** `tier_id: null` is the members below the lowest tier; `share` is 0..1. */
export type TierShare = { tier_id: string | null; name: string; members: number; share: number }

/** How members spread over the tiers; `flagged` when one tier holds more than 75% of them. */
export type TierDistribution = {
  total_members: number
  tiers: TierShare[]
  flagged: boolean
  dominant_tier_id: string | null
}

export type TierList = {
  tiers: MembershipTier[]
  count: number
  offset: number
  limit: number
  distribution: TierDistribution
}

/** How many members a change moved; a re-evaluation also counts the tiers whose protection expired. */
export type TierEvaluation = { up: number; down: number; stay: number; expired?: number }

export type TierBody = {
  name: string
  rank: number
  threshold: number
  rfm_min_spend?: number
  rfm_min_orders?: number
  badge_label?: string | null
  badge_color?: string | null
  badge_icon?: string | null
  description?: string | null
}

export type EarnRate = { currency_code: string; growth_per_unit: number; spend_rate: number }
export type PlanMultiplier = { plan_id: string; multiplier: number }

export type TierProgram = {
  mode: TierProgramMode
  /** `null` = lifetime. */
  window_days: number | null
  downgrade_policy: DowngradePolicy
  protection_days: number
  award_on: AwardOn
  exclude_shipping: boolean
  exclude_tax: boolean
  earn_rates: EarnRate[]
  order_bonus: number
  plan_multipliers: PlanMultiplier[]
  /** 0 = check-in off. */
  check_in_growth: number
  streak_days: number | null
  streak_bonus: number
  /** IANA, e.g. "Europe/Paris". */
  timezone: string
}

/** A tier as the impact preview takes it: without `id`, a new tier (`name` labels it in `by_tier`). */
export type PreviewTier = {
  id?: string
  name?: string
  rank: number
  threshold: number
  rfm_min_spend?: number
  rfm_min_orders?: number
}

/**
 * A proposed change to preview: `tiers` is the full list (a saved tier missing from it counts as
 * deleted; omitted = the saved tiers), the rest overrides the saved program.
 */
export type PreviewBody = {
  tiers?: PreviewTier[]
  mode?: TierProgramMode
  window_days?: number | null
  downgrade_policy?: DowngradePolicy
  protection_days?: number
}

export type ImpactPreview = {
  up: number
  down: number
  stay: number
  total: number
  by_tier: { tier_id: string | null; name: string; before: number; after: number }[]
}

export type Persona = {
  name: string
  orders_per_month: number
  average_order_value: number
  currency_code: string
  check_ins_per_week: number
  plan_id: string | null
}

export type SimulateBody = { personas: Persona[]; base?: number; multipliers?: number[] }

export type PersonaSimulation = {
  /** The persona's name. */
  persona: string
  growth_first_week: number
  growth_12_months: number
  /** The week each tier is reached, `null` when not within 12 months. */
  tiers: { tier_id: string; name: string; threshold: number; week: number | null }[]
}

export type SimulationResult = { simulation: PersonaSimulation[]; suggested_thresholds: number[] | null }

export const tiersKey = ["membership", "tiers"] as const
export const tierProgramKey = ["membership", "tier-program"] as const
/** A customer's growth and tier (hooks/customer-growth.ts); tier changes move customers between tiers. */
export const customerGrowthKey = ["membership", "customer-growth"] as const

export type TierListParams = { limit: number; offset: number }

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

type TierResult = { tier: MembershipTier; evaluation: TierEvaluation }
type DeletedTier = { id: string; deleted: boolean; evaluation: TierEvaluation }

export const {
  useCreate: useCreateTier,
  useUpdate: useUpdateTier,
  useDelete: useDeleteTier,
} = crudMutations<TierResult, TierBody, Partial<TierBody>, DeletedTier>(TIERS_PATH, TIER_CHANGES)

export function useTierProgram() {
  return useAdminQuery<{ program: TierProgram }>(tierProgramKey, PROGRAM_PATH)
}

export function useUpdateTierProgram() {
  const save = (body: Partial<TierProgram>) => adminPost<{ program: TierProgram; evaluation: TierEvaluation }>(PROGRAM_PATH, body)
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
