import type { MembershipTier, Persona, PersonaSimulation, TierMode } from "../../../types/http"
import { checkInAward, type GrowthRules, orderGrowth } from "./growth-rules"

export type { Persona, PersonaSimulation, SimulatedTierReach } from "../../../types/http"

export type SimulatedTier = Pick<MembershipTier, "id" | "name" | "rank" | "threshold" | "rfm_min_spend" | "rfm_min_orders">

export type SimulateTiersInput = {
  rules: GrowthRules
  mode: TierMode
  window_days: number | null
  tiers: SimulatedTier[]
  personas: Persona[]
  /** Defaults to 364 (52 weeks). */
  days?: number
}

const DAYS_PER_YEAR = 364
/** Sums of cent-rounded spend drift in binary floats; a tiny tolerance keeps "≥ min spend" exact. */
const SPEND_EPSILON = 1e-6

type Day = { growth: number; spend: number; orders: number }

const nonNegative = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0)

/** What a persona earns on each day 1..days (index 0 unused). */
function personaDays(rules: GrowthRules, persona: Persona, days: number): Day[] {
  const perYear = nonNegative(persona.orders_per_month) * 12
  // Dividing last keeps whole order counts exact (91 * 12 / 364 is 3, not 2.999…).
  const ordersBy = (day: number): number => Math.floor((day * perYear) / DAYS_PER_YEAR)
  const checkIns = Math.min(Math.floor(nonNegative(persona.check_ins_per_week)), 7)
  const order = orderGrowth(
    rules,
    {
      currency_code: persona.currency_code,
      paid_total: nonNegative(persona.average_order_value),
      shipping_total: 0,
      tax_total: 0,
      shipping_tax_total: 0,
    },
    persona.plan_id
  )
  const result: Day[] = [{ growth: 0, spend: 0, orders: 0 }]
  let streak = 0
  for (let day = 1; day <= days; day++) {
    const entry: Day = { growth: 0, spend: 0, orders: 0 }
    const orders = ordersBy(day) - ordersBy(day - 1)
    if (order && orders > 0) {
      entry.growth += order.amount * orders
      entry.spend += order.spend_value * orders
      entry.orders += orders
    }
    if (rules.check_in_growth > 0 && (day - 1) % 7 < checkIns) {
      streak += 1
      entry.growth += checkInAward(rules, streak).amount
    } else {
      streak = 0
    }
    result.push(entry)
  }
  return result
}

function reachedAtStart(tier: SimulatedTier, mode: TierMode): boolean {
  return mode === "growth" ? tier.threshold <= 0 : tier.rfm_min_spend <= 0 && tier.rfm_min_orders <= 0
}

/**
 * Simulates each persona day by day and reports the week (ceil(day / 7)) it first reaches each
 * tier, null when not within `days`. Orders are spread evenly over a 364-day year; check-ins fall
 * on the first `check_ins_per_week` days of every 7-day week, so the streak restarts after a gap
 * (check-ins are off when `check_in_growth` is 0). With `window_days` (null or non-positive =
 * lifetime), what was earned on day d - window_days and before no longer counts on day d.
 * In `growth` mode a tier needs in-window growth ≥ threshold; in `rfm` mode in-window spend ≥
 * rfm_min_spend and order count ≥ rfm_min_orders (check-ins do not count). A tier with nothing
 * to reach (threshold 0, or rfm 0/0) is reached at week 0. `growth_first_week` is the growth
 * earned on days 1-7 and `growth_12_months` the growth earned over all `days`, whatever the window.
 */
export function simulateTiers(input: SimulateTiersInput): PersonaSimulation[] {
  const days = Math.floor(nonNegative(input.days ?? DAYS_PER_YEAR))
  const window =
    input.window_days !== null && Number.isFinite(input.window_days) && input.window_days > 0
      ? Math.floor(input.window_days)
      : null
  const tiers = [...input.tiers].sort((a, b) => a.rank - b.rank)
  return input.personas.map((persona) => {
    const earned = personaDays(input.rules, persona, days)
    const weeks = tiers.map((tier): number | null => (reachedAtStart(tier, input.mode) ? 0 : null))
    let growth = 0
    let spend = 0
    let orders = 0
    let total = 0
    let firstWeek = 0
    for (let day = 1; day <= days; day++) {
      growth += earned[day].growth
      spend += earned[day].spend
      orders += earned[day].orders
      total += earned[day].growth
      if (day <= 7) {
        firstWeek += earned[day].growth
      }
      const dropped = window === null ? 0 : day - window
      if (dropped >= 1) {
        growth -= earned[dropped].growth
        spend -= earned[dropped].spend
        orders -= earned[dropped].orders
      }
      tiers.forEach((tier, index) => {
        if (weeks[index] !== null) {
          return
        }
        const reached =
          input.mode === "growth"
            ? growth >= tier.threshold
            : spend + SPEND_EPSILON >= tier.rfm_min_spend && orders >= tier.rfm_min_orders
        if (reached) {
          weeks[index] = Math.ceil(day / 7)
        }
      })
    }
    return {
      persona: persona.name,
      growth_first_week: firstWeek,
      growth_12_months: total,
      tiers: tiers.map((tier, index) => ({
        tier_id: tier.id,
        name: tier.name,
        threshold: tier.threshold,
        week: weeks[index],
      })),
    }
  })
}

export function suggestThresholds(base: number, multipliers: number[]): number[] {
  return multipliers.map((multiplier) => Math.round(base * multiplier))
}
