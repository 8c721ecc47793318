import type { AwardTrigger, DowngradePolicy, TierMode } from "../models/tier-program"
import type { EarnRate } from "../utils/growth-rules"

export const TIER_PROGRAM_KEY = "default"

export type TierProgramSettings = {
  mode: TierMode
  window_days: number | null
  downgrade_policy: DowngradePolicy
  protection_days: number
  award_on: AwardTrigger
  exclude_shipping: boolean
  exclude_tax: boolean
  earn_rates: EarnRate[]
  order_bonus: number
  plan_multipliers: { plan_id: string; multiplier: number }[]
  check_in_growth: number
  streak_days: number | null
  streak_bonus: number
  timezone: string
}

/** A new store's program: growth mode, lifetime window, no downgrades, no earn rates yet. */
export const DEFAULT_TIER_PROGRAM: TierProgramSettings = {
  mode: "growth",
  window_days: null,
  downgrade_policy: "never",
  protection_days: 0,
  award_on: "capture",
  exclude_shipping: true,
  exclude_tax: true,
  earn_rates: [],
  order_bonus: 0,
  plan_multipliers: [],
  check_in_growth: 0,
  streak_days: null,
  streak_bonus: 0,
  timezone: "UTC",
}

/** The instant growth starts counting from, for a program's window; null = lifetime. */
export function windowCutoff(now: Date, windowDays: number | null): Date | null {
  return windowDays == null ? null : new Date(now.getTime() - windowDays * 86_400_000)
}
