import type { PointsExpiryMode, PointsProgramSettings } from "../../types/http"
import { decimalNumber, FormValueError, newRowKey, wholeNumber } from "./form-values"

/** Rows of the rate and multiplier editors, as typed. */
export type PointsEarnRateRow = { key: string; currency_code: string; points_per_unit: string; min_order: string }
export type PointsRedemptionRateRow = { key: string; currency_code: string; points_per_unit: string }
/** `tier_id` "" = no tier picked yet. */
export type TierMultiplierRow = { key: string; tier_id: string; multiplier: string }

/** The points program form as typed: numbers stay strings until submit. */
export type PointsProgramFormValues = {
  earn_rates: PointsEarnRateRow[]
  redemption_rates: PointsRedemptionRateRow[]
  exclude_shipping: boolean
  exclude_tax: boolean
  tier_multipliers: TierMultiplierRow[]
  pending_days: string
  expiry_mode: PointsExpiryMode
  expiry_days: string
  max_share_percent: string
  min_redemption: string
  timezone: string
}

export const newPointsEarnRateRow = (row: Partial<Omit<PointsEarnRateRow, "key">> = {}): PointsEarnRateRow => ({
  key: newRowKey("points-earn-rate"),
  currency_code: "",
  points_per_unit: "1",
  min_order: "0",
  ...row,
})

export const newRedemptionRateRow = (
  row: Partial<Omit<PointsRedemptionRateRow, "key">> = {}
): PointsRedemptionRateRow => ({
  key: newRowKey("points-redemption-rate"),
  currency_code: "",
  points_per_unit: "100",
  ...row,
})

export const newTierMultiplierRow = (row: Partial<Omit<TierMultiplierRow, "key">> = {}): TierMultiplierRow => ({
  key: newRowKey("tier-multiplier"),
  tier_id: "",
  multiplier: "1",
  ...row,
})

export const pointsProgramToForm = (program: PointsProgramSettings): PointsProgramFormValues => ({
  earn_rates: program.earn_rates.map((rate) =>
    newPointsEarnRateRow({
      currency_code: rate.currency_code.toUpperCase(),
      points_per_unit: String(rate.points_per_unit),
      min_order: String(rate.min_order ?? 0),
    })
  ),
  redemption_rates: program.redemption_rates.map((rate) =>
    newRedemptionRateRow({ currency_code: rate.currency_code.toUpperCase(), points_per_unit: String(rate.points_per_unit) })
  ),
  exclude_shipping: program.exclude_shipping,
  exclude_tax: program.exclude_tax,
  tier_multipliers: program.tier_multipliers.map((row) =>
    newTierMultiplierRow({ tier_id: row.tier_id, multiplier: String(row.multiplier) })
  ),
  pending_days: String(program.pending_days),
  expiry_mode: program.expiry_mode,
  expiry_days: String(program.expiry_days),
  max_share_percent: String(program.max_share_percent),
  min_redemption: String(program.min_redemption),
  timezone: program.timezone,
})

/** A three-letter code, lower case as the server keeps it; the server judges duplicates. */
const currencyCode = (value: string, label: string) => {
  if (!/^[A-Za-z]{3}$/.test(value.trim())) {
    throw new FormValueError(`${label}: enter a three-letter currency code, e.g. EUR`)
  }
  return value.trim().toLowerCase()
}

const required = (value: number | undefined, label: string) => {
  if (value === undefined) {
    throw new FormValueError(`Enter the ${label.toLowerCase()}.`)
  }
  return value
}

/**
 * The request body (every setting): typing mistakes throw a `FormValueError`; ranges, duplicate
 * currencies and the time zone are the server's to judge (its 400 names the field).
 */
export function pointsProgramFormToBody(values: PointsProgramFormValues): PointsProgramSettings {
  return {
    earn_rates: values.earn_rates.map((row, index) => {
      const label = `Earn rate ${index + 1}`
      return {
        currency_code: currencyCode(row.currency_code, label),
        points_per_unit: required(decimalNumber(row.points_per_unit, `${label} points per unit`), `${label} points per unit`),
        min_order: decimalNumber(row.min_order, `${label} minimum order`) ?? 0,
      }
    }),
    redemption_rates: values.redemption_rates.map((row, index) => {
      const label = `Redemption rate ${index + 1}`
      return {
        currency_code: currencyCode(row.currency_code, label),
        points_per_unit: required(decimalNumber(row.points_per_unit, `${label} points per unit`), `${label} points per unit`),
      }
    }),
    exclude_shipping: values.exclude_shipping,
    exclude_tax: values.exclude_tax,
    tier_multipliers: values.tier_multipliers.map((row, index) => {
      const label = `Tier multiplier ${index + 1}`
      if (!row.tier_id) {
        throw new FormValueError(`${label}: pick a tier`)
      }
      return { tier_id: row.tier_id, multiplier: required(decimalNumber(row.multiplier, `${label} multiplier`), `${label} multiplier`) }
    }),
    pending_days: required(wholeNumber(values.pending_days, "Pending days"), "Pending days"),
    expiry_mode: values.expiry_mode,
    expiry_days: required(wholeNumber(values.expiry_days, "Expiry days"), "Expiry days"),
    max_share_percent: required(decimalNumber(values.max_share_percent, "Maximum share"), "Maximum share"),
    min_redemption: required(wholeNumber(values.min_redemption, "Minimum redemption"), "Minimum redemption"),
    timezone: values.timezone.trim() || "UTC",
  }
}
