import type { GrowthRules } from "../utils/growth-rules"
import { type Persona, simulateTiers, type SimulatedTier, suggestThresholds } from "../utils/tier-simulator"

const rules: GrowthRules = {
  earn_rates: [{ currency_code: "eur", growth_per_unit: 1, spend_rate: 1 }],
  exclude_shipping: false,
  exclude_tax: false,
  order_bonus: 0,
  plan_multipliers: [{ plan_id: "mplan_gold", multiplier: 2 }],
  check_in_growth: 0,
  streak_days: null,
  streak_bonus: 0,
}

const tier = (id: string, rank: number, threshold: number, rfm_min_spend = 0, rfm_min_orders = 0): SimulatedTier => ({
  id,
  name: id,
  rank,
  threshold,
  rfm_min_spend,
  rfm_min_orders,
})

// 13 orders a month = 156 a year = 3/7 a day: orders on days 3, 5, 7 of every week; order k on day ceil(7k/3).
const shopper: Persona = {
  name: "shopper",
  orders_per_month: 13,
  average_order_value: 50,
  currency_code: "eur",
  check_ins_per_week: 0,
  plan_id: null,
}

const weeksOf = (result: ReturnType<typeof simulateTiers>[number]) => result.tiers.map((reach) => reach.week)

describe("simulateTiers", () => {
  it("finds the week each tier is reached, in ascending rank", () => {
    const tiers = [tier("platinum", 4, 10000), tier("member", 1, 0), tier("gold", 3, 1000), tier("silver", 2, 300)]
    const [result] = simulateTiers({ rules, mode: "growth", window_days: null, tiers, personas: [shopper] })
    expect(result).toEqual({
      persona: "shopper",
      growth_first_week: 150,
      growth_12_months: 7800,
      tiers: [
        { tier_id: "member", name: "member", threshold: 0, week: 0 },
        // 6th order on day 14, 20th on day 47; 200 orders never happen.
        { tier_id: "silver", name: "silver", threshold: 300, week: 2 },
        { tier_id: "gold", name: "gold", threshold: 1000, week: 7 },
        { tier_id: "platinum", name: "platinum", threshold: 10000, week: null },
      ],
    })
  })

  it("simulates only the given days", () => {
    const [result] = simulateTiers({
      rules,
      mode: "growth",
      window_days: null,
      tiers: [tier("silver", 1, 300)],
      personas: [shopper],
      days: 7,
    })
    expect(result.growth_12_months).toBe(150)
    expect(weeksOf(result)).toEqual([null])
  })

  it("earns from check-ins alone, with the streak bonus only for unbroken streaks", () => {
    const checkIns = { ...rules, check_in_growth: 5, streak_days: 7, streak_bonus: 20 }
    const daily = { ...shopper, name: "daily", orders_per_month: 0, check_ins_per_week: 7 }
    const weekdays = { ...daily, name: "weekdays", check_ins_per_week: 6 }
    const [dailyResult, weekdayResult] = simulateTiers({
      rules: checkIns,
      mode: "growth",
      window_days: null,
      tiers: [tier("bronze", 1, 100)],
      personas: [daily, weekdays],
    })
    // 7 × 5 + 20 a week; 85 on day 13, 110 on day 14.
    expect(dailyResult).toMatchObject({ growth_first_week: 55, growth_12_months: 52 * 55 })
    expect(weeksOf(dailyResult)).toEqual([2])
    // 6 × 5 a week, the streak restarts every week so never reaches 7; 90 on day 20, 100 on day 23.
    expect(weekdayResult).toMatchObject({ growth_first_week: 30, growth_12_months: 52 * 30 })
    expect(weeksOf(weekdayResult)).toEqual([4])
  })

  it("earns nothing from check-ins when they are off", () => {
    const [result] = simulateTiers({
      rules: { ...rules, streak_days: 1, streak_bonus: 20 },
      mode: "growth",
      window_days: null,
      tiers: [],
      personas: [{ ...shopper, orders_per_month: 0, check_ins_per_week: 7 }],
    })
    expect(result.growth_12_months).toBe(0)
  })

  it("caps growth with a rolling window", () => {
    const tiers = [tier("silver", 1, 600), tier("gold", 2, 650)]
    // A 28-day window holds at most 12 orders (600); the 13th and 14th come on days 31 and 33.
    const [windowed] = simulateTiers({ rules, mode: "growth", window_days: 28, tiers, personas: [shopper] })
    expect(weeksOf(windowed)).toEqual([4, null])
    expect(windowed.growth_12_months).toBe(7800)
    const [lifetime] = simulateTiers({ rules, mode: "growth", window_days: null, tiers, personas: [shopper] })
    expect(weeksOf(lifetime)).toEqual([4, 5])
  })

  it("needs both spend and order count in rfm mode, and check-ins do not count", () => {
    const tiers = [
      tier("base", 1, 0, 0, 0),
      // 100 spent after 2 orders (day 5), 6 orders on day 14.
      tier("regular", 2, 999, 100, 6),
      // 1 order on day 3, 1000 spent after 20 orders (day 47).
      tier("big", 3, 1, 1000, 1),
    ]
    const checkIns = { ...rules, check_in_growth: 50 }
    const idle = { ...shopper, name: "idle", orders_per_month: 0, check_ins_per_week: 7 }
    const [result, idleResult] = simulateTiers({
      rules: checkIns,
      mode: "rfm",
      window_days: null,
      tiers,
      personas: [{ ...shopper, check_ins_per_week: 7 }, idle],
    })
    expect(weeksOf(result)).toEqual([0, 2, 7])
    expect(weeksOf(idleResult)).toEqual([0, null, null])
  })

  it("counts rfm spend through the currency's spend rate", () => {
    const yen = { ...rules, earn_rates: [{ currency_code: "jpy", growth_per_unit: 0.01, spend_rate: 0.0065 }] }
    // Each 10000 JPY order counts 65 of spend: 200 needs 4 orders, the 4th on day 10.
    const [result] = simulateTiers({
      rules: yen,
      mode: "rfm",
      window_days: null,
      tiers: [tier("regular", 1, 0, 200, 1)],
      personas: [{ ...shopper, currency_code: "JPY", average_order_value: 10000 }],
    })
    expect(weeksOf(result)).toEqual([2])
    expect(result.growth_first_week).toBe(300)
  })

  it("earns nothing in a currency without an earn rate", () => {
    const [result] = simulateTiers({
      rules,
      mode: "rfm",
      window_days: null,
      tiers: [tier("regular", 1, 10, 0, 1)],
      personas: [{ ...shopper, currency_code: "usd" }],
    })
    expect(result).toMatchObject({ growth_first_week: 0, growth_12_months: 0 })
    expect(weeksOf(result)).toEqual([null])
  })

  it("speeds growth with the plan multiplier", () => {
    const tiers = [tier("silver", 1, 300), tier("gold", 2, 1000)]
    const [plain, gold] = simulateTiers({
      rules,
      mode: "growth",
      window_days: null,
      tiers,
      personas: [shopper, { ...shopper, name: "gold member", plan_id: "mplan_gold" }],
    })
    expect(weeksOf(plain)).toEqual([2, 7])
    // 100 an order: 3 orders by day 7, 10 by day 24.
    expect(weeksOf(gold)).toEqual([1, 4])
    expect(gold.growth_12_months).toBe(15600)
  })
})

describe("suggestThresholds", () => {
  it("scales and rounds the base", () => {
    expect(suggestThresholds(1000, [0, 1, 2.5, 0.3333])).toEqual([0, 1000, 2500, 333])
  })
})
