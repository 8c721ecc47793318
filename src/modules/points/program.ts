import type { PointsProgramSettings } from "../../types/http"

export type { PointsEarnRate as EarnRate, PointsProgramSettings, PointsRedemptionRate as RedemptionRate } from "../../types/http"

export const POINTS_PROGRAM_KEY = "default"

/** A new store's rules: nothing is earned or redeemed until rates are set. */
export const DEFAULT_POINTS_PROGRAM: PointsProgramSettings = {
  earn_rates: [],
  redemption_rates: [],
  exclude_shipping: true,
  exclude_tax: true,
  tier_multipliers: [],
  pending_days: 30,
  expiry_mode: "days",
  expiry_days: 365,
  max_share_percent: 50,
  min_redemption: 100,
  timezone: "UTC",
}
