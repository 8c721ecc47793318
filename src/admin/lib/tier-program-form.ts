import type { AwardTrigger, DowngradePolicy, PreviewBody, TierMode, TierProgramSettings } from "../../types/http"
import { decimalNumber, FormValueError, newRowKey, wholeNumber } from "./form-values"

/** One row of the earn rates editor, as typed. */
export type EarnRateRow = { key: string; currency_code: string; growth_per_unit: string; spend_rate: string }
/** One row of the plan multipliers editor; `plan_id` "" = no plan picked yet. */
export type PlanMultiplierRow = { key: string; plan_id: string; multiplier: string }

/** The program form as typed: numbers stay strings until submit; "" window or streak days = none. */
export type ProgramFormValues = {
  mode: TierMode
  window_days: string
  downgrade_policy: DowngradePolicy
  protection_days: string
  award_on: AwardTrigger
  exclude_shipping: boolean
  exclude_tax: boolean
  earn_rates: EarnRateRow[]
  order_bonus: string
  plan_multipliers: PlanMultiplierRow[]
  check_in_growth: string
  streak_days: string
  streak_bonus: string
  timezone: string
}

export const newEarnRateRow = (row: Partial<Omit<EarnRateRow, "key">> = {}): EarnRateRow => ({
  key: newRowKey("earn-rate"),
  currency_code: "",
  growth_per_unit: "1",
  spend_rate: "1",
  ...row,
})

export const newPlanMultiplierRow = (row: Partial<Omit<PlanMultiplierRow, "key">> = {}): PlanMultiplierRow => ({
  key: newRowKey("plan-multiplier"),
  plan_id: "",
  multiplier: "1",
  ...row,
})

const text = (value: number | null | undefined) => (value == null ? "" : String(value))

export const programToForm = (program: TierProgramSettings): ProgramFormValues => ({
  mode: program.mode,
  window_days: text(program.window_days),
  downgrade_policy: program.downgrade_policy,
  protection_days: text(program.protection_days),
  award_on: program.award_on,
  exclude_shipping: program.exclude_shipping,
  exclude_tax: program.exclude_tax,
  earn_rates: (program.earn_rates ?? []).map((rate) =>
    newEarnRateRow({
      currency_code: rate.currency_code.toUpperCase(),
      growth_per_unit: String(rate.growth_per_unit),
      spend_rate: String(rate.spend_rate),
    })
  ),
  order_bonus: text(program.order_bonus),
  plan_multipliers: (program.plan_multipliers ?? []).map((row) =>
    newPlanMultiplierRow({ plan_id: row.plan_id, multiplier: String(row.multiplier) })
  ),
  check_in_growth: text(program.check_in_growth),
  streak_days: text(program.streak_days),
  streak_bonus: text(program.streak_bonus),
  timezone: program.timezone ?? "UTC",
})

const earnRates = (rows: EarnRateRow[]) =>
  rows.map((row, index) => {
    const label = `Earn rate ${index + 1}`
    if (!/^[A-Za-z]{3}$/.test(row.currency_code.trim())) {
      throw new FormValueError(`${label}: enter a three-letter currency code, e.g. EUR`)
    }
    return {
      currency_code: row.currency_code.trim().toLowerCase(),
      growth_per_unit: decimalNumber(row.growth_per_unit, `${label} growth per unit`) ?? 0,
      spend_rate: decimalNumber(row.spend_rate, `${label} spend rate`) ?? 0,
    }
  })

const planMultipliers = (rows: PlanMultiplierRow[]) =>
  rows.map((row, index) => {
    const label = `Plan multiplier ${index + 1}`
    if (!row.plan_id) {
      throw new FormValueError(`${label}: pick a plan`)
    }
    return { plan_id: row.plan_id, multiplier: decimalNumber(row.multiplier, `${label} multiplier`) ?? 1 }
  })

/** The request body (the whole program); typing mistakes throw a `FormValueError`, the rest is the server's to judge. */
export function programFormToBody(values: ProgramFormValues): Partial<TierProgramSettings> {
  return {
    mode: values.mode,
    window_days: wholeNumber(values.window_days, "Window days") ?? null,
    downgrade_policy: values.downgrade_policy,
    protection_days: wholeNumber(values.protection_days, "Protection days") ?? 0,
    award_on: values.award_on,
    exclude_shipping: values.exclude_shipping,
    exclude_tax: values.exclude_tax,
    earn_rates: earnRates(values.earn_rates),
    order_bonus: wholeNumber(values.order_bonus, "Order bonus") ?? 0,
    plan_multipliers: planMultipliers(values.plan_multipliers),
    check_in_growth: wholeNumber(values.check_in_growth, "Check-in growth") ?? 0,
    streak_days: wholeNumber(values.streak_days, "Streak days") ?? null,
    streak_bonus: wholeNumber(values.streak_bonus, "Streak bonus") ?? 0,
    timezone: values.timezone.trim() || "UTC",
  }
}

/** Whether the form changes a rule that moves members: the mode, the window or the downgrade policy. */
export const movesMembers = (saved: TierProgramSettings, values: ProgramFormValues) =>
  values.mode !== saved.mode ||
  values.window_days.trim() !== text(saved.window_days) ||
  values.downgrade_policy !== saved.downgrade_policy

/** What to preview before saving `body` (the form's values sent): null when nothing moves members. */
export function programPreviewBody(saved: TierProgramSettings, values: ProgramFormValues, body: Partial<TierProgramSettings>): PreviewBody | null {
  return movesMembers(saved, values)
    ? {
        mode: body.mode,
        window_days: body.window_days ?? null,
        downgrade_policy: body.downgrade_policy,
        protection_days: body.protection_days,
      }
    : null
}
