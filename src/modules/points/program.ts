import { roundMoney } from "../../lib/money"
import type { PointsProgramSettings, PointsRedemptionRate } from "../../types/http"

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

/** What `points` are worth at each currency's redemption rate, rounded to the currency (a rate of 0 values nothing). */
export const pointsValue = (points: number, rates: PointsRedemptionRate[]) =>
  rates
    .filter((rate) => rate.points_per_unit > 0)
    .map((rate) => ({ currency_code: rate.currency_code, amount: roundMoney(points / rate.points_per_unit, rate.currency_code) }))
