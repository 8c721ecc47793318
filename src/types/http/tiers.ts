import type { Page, PageParams } from "./common"
import type { GrowthTotals } from "./growth"

/** How members reach a tier: by growth value, or by spend and orders in the window (RFM). */
export const TIER_MODES = ["growth", "rfm"] as const
export type TierMode = (typeof TIER_MODES)[number]

export const DOWNGRADE_POLICIES = ["never", "scheduled"] as const
export type DowngradePolicy = (typeof DOWNGRADE_POLICIES)[number]

/** When an order's growth is awarded: its payment captured, or the order completed. */
export const AWARD_TRIGGERS = ["capture", "completion"] as const
export type AwardTrigger = (typeof AWARD_TRIGGERS)[number]

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

export type TierList = Page & { tiers: MembershipTier[]; distribution: TierDistribution }

export type TierListParams = PageParams

/** How many members a change moved; a re-evaluation also counts the tiers whose protection expired. */
export type TierEvaluation = { up: number; down: number; stay: number; expired?: number }

/** `POST /admin/membership/tiers`; an update takes any part of it. */
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

/** What a tier change answers: the tier, and how members moved. */
export type TierResult = { tier: MembershipTier; evaluation: TierEvaluation }

export type GrowthEarnRate = {
  currency_code: string
  /** Growth earned per 1 unit of money in this currency. */
  growth_per_unit: number
  /** What 1 unit of this currency counts as in RFM spend (1 for the merchant's main currency). */
  spend_rate: number
}

/** Paid members of a plan earn order growth `multiplier` times faster. */
export type PlanMultiplier = { plan_id: string; multiplier: number }

/** `GET /admin/membership/tier-program` → `{ program }`. */
export type TierProgramSettings = {
  mode: TierMode
  /** `null` = lifetime. */
  window_days: number | null
  downgrade_policy: DowngradePolicy
  protection_days: number
  award_on: AwardTrigger
  exclude_shipping: boolean
  exclude_tax: boolean
  earn_rates: GrowthEarnRate[]
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
 * `POST /admin/membership/tier-program/preview`: `tiers` is the full list (a saved tier missing
 * from it counts as deleted; omitted = the saved tiers), the rest overrides the saved program.
 */
export type PreviewBody = {
  tiers?: PreviewTier[]
  mode?: TierMode
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

/** A shopper the simulator follows for a year. */
export type Persona = {
  name: string
  orders_per_month: number
  average_order_value: number
  currency_code: string
  check_ins_per_week: number
  plan_id: string | null
}

/** `POST /admin/membership/tier-program/simulate`; with `base` and `multipliers`, thresholds are suggested. */
export type SimulateBody = { personas: Persona[]; base?: number; multipliers?: number[] }

/** The week a persona first reaches a tier, `null` when not within 12 months. */
export type SimulatedTierReach = { tier_id: string; name: string; threshold: number; week: number | null }

export type PersonaSimulation = {
  /** The persona's name. */
  persona: string
  growth_first_week: number
  growth_12_months: number
  tiers: SimulatedTierReach[]
}

export type SimulationResult = { simulation: PersonaSimulation[]; suggested_thresholds: number[] | null }

/** What a shopper sees of a tier. */
export type StoreTier = {
  id: string
  name: string
  rank: number
  /** `label` is the tier's name when it has no badge label. */
  badge: { label: string; color: string | null; icon: string | null }
  description: string | null
}

/** `GET /store/membership/tier`: the shopper's tier, growth and progress to the next tier. */
export type StoreTierStanding = {
  tier: StoreTier | null
  growth: GrowthTotals
  next_tier:
    | (StoreTier & {
        /** Growth (or spend in RFM mode) the next tier needs; `min_orders` only in RFM mode. */
        threshold: number
        min_orders: number | null
        remaining: number
        /** 0..1. */
        progress: number
      })
    | null
  mode: TierMode
  window_days: number | null
  protected_until: string | null
}
