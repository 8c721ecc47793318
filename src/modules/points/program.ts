import type { PointsExpiryMode } from "./models/points-program"

export const POINTS_PROGRAM_KEY = "default"

export type EarnRate = { currency_code: string; points_per_unit: number; min_order: number }
export type RedemptionRate = { currency_code: string; points_per_unit: number }

export type PointsProgramSettings = {
  earn_rates: EarnRate[]
  redemption_rates: RedemptionRate[]
  exclude_shipping: boolean
  exclude_tax: boolean
  tier_multipliers: { tier_id: string; multiplier: number }[]
  pending_days: number
  expiry_mode: PointsExpiryMode
  expiry_days: number
  max_share_percent: number
  min_redemption: number
  timezone: string
}

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
