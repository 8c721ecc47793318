import type { TierProgramSettings } from "../../../types/http"

export type { TierProgramSettings }

export const TIER_PROGRAM_KEY = "default"

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
