import {
  checkInAward,
  type GrowthRules,
  isValidTimeZone,
  localDate,
  orderGoods,
  orderGrowth,
  orderReversalRatio,
  previousLocalDate,
  reversalTarget,
} from "../utils/growth-rules"

const rules: GrowthRules = {
  earn_rates: [
    { currency_code: "eur", growth_per_unit: 1, spend_rate: 1 },
    { currency_code: "JPY", growth_per_unit: 0.01, spend_rate: 0.0065 },
  ],
  exclude_shipping: false,
  exclude_tax: false,
  order_bonus: 0,
  plan_multipliers: [],
  check_in_growth: 5,
  streak_days: 7,
  streak_bonus: 20,
}

// Medusa reports shipping_total and tax_total both including the 2 of shipping tax.
const order = { currency_code: "eur", paid_total: 125, shipping_total: 12, tax_total: 22, shipping_tax_total: 2 }

describe("orderGrowth", () => {
  it("earns on the paid total when nothing is excluded", () => {
    expect(orderGrowth(rules, order, null)).toEqual({ basis: 125, amount: 125, spend_value: 125, multiplier: 1 })
  })

  it("excludes shipping, tax, or both without subtracting the shipping tax twice", () => {
    expect(orderGrowth({ ...rules, exclude_shipping: true }, order, null)?.basis).toBe(113)
    expect(orderGrowth({ ...rules, exclude_tax: true }, order, null)?.basis).toBe(103)
    const both = orderGrowth({ ...rules, exclude_shipping: true, exclude_tax: true }, order, null)
    expect(both).toEqual({ basis: 93, amount: 93, spend_value: 93, multiplier: 1 })
  })

  it("clamps the basis between zero and the paid total", () => {
    const shippingOnly = { ...order, paid_total: 10, shipping_total: 12, tax_total: 2, shipping_tax_total: 2 }
    expect(orderGrowth({ ...rules, exclude_shipping: true, order_bonus: 3 }, shippingOnly, null)).toEqual({
      basis: 0,
      amount: 3,
      spend_value: 0,
      multiplier: 1,
    })
    expect(orderGrowth({ ...rules, exclude_shipping: true }, { ...order, shipping_total: -5 }, null)?.basis).toBe(125)
  })

  it("adds the order bonus, then applies the plan's multiplier and floors", () => {
    const withPlans = { ...rules, order_bonus: 10, plan_multipliers: [{ plan_id: "mplan_gold", multiplier: 1.5 }] }
    expect(orderGrowth(withPlans, order, "mplan_gold")).toEqual({
      basis: 125,
      amount: 202,
      spend_value: 125,
      multiplier: 1.5,
    })
    expect(orderGrowth(withPlans, order, "mplan_other")?.amount).toBe(135)
    expect(orderGrowth(withPlans, order, null)?.multiplier).toBe(1)
  })

  it("does not lose a unit to float noise", () => {
    const rich = { ...rules, earn_rates: [{ currency_code: "eur", growth_per_unit: 100, spend_rate: 1 }] }
    expect(orderGrowth(rich, { ...order, paid_total: 19.99 }, null)?.amount).toBe(1999)
  })

  it("returns null for a currency without an earn rate and matches codes case-insensitively", () => {
    expect(orderGrowth(rules, { ...order, currency_code: "usd" }, null)).toBeNull()
    expect(orderGrowth(rules, { ...order, currency_code: "EUR" }, null)?.amount).toBe(125)
  })

  it("rounds the basis per currency (no decimals for jpy)", () => {
    const yen = { currency_code: "jpy", paid_total: 1234, shipping_total: 0, tax_total: 112.4, shipping_tax_total: 0 }
    expect(orderGrowth({ ...rules, exclude_tax: true }, yen, null)).toEqual({
      basis: 1122,
      amount: 11,
      spend_value: 7.29,
      multiplier: 1,
    })
  })
})

describe("orderReversalRatio", () => {
  const paid = { paid_total: 100, refunded_total: 0, returned_total: 0, canceled: false }

  it("uses the larger of refunds and returns, clamped to 1", () => {
    expect(orderReversalRatio(paid)).toBe(0)
    expect(orderReversalRatio({ ...paid, refunded_total: 30 })).toBe(0.3)
    expect(orderReversalRatio({ ...paid, refunded_total: 30, returned_total: 50 })).toBe(0.5)
    expect(orderReversalRatio({ ...paid, refunded_total: 150 })).toBe(1)
  })

  it("measures returns against the goods when shipping earned nothing", () => {
    // 45 paid = 40 of goods + 5 shipping; returning all the goods takes back everything.
    const order = { paid_total: 45, refunded_total: 0, returned_total: 40, returned_base: 40, canceled: false }
    expect(orderReversalRatio(order)).toBe(1)
    expect(orderReversalRatio({ ...order, returned_total: 10 })).toBe(0.25)
    expect(orderReversalRatio({ ...order, returned_base: undefined, returned_total: 9 })).toBe(0.2)
  })

  it("is 1 when canceled and 0 when nothing was paid", () => {
    expect(orderReversalRatio({ ...paid, canceled: true })).toBe(1)
    expect(orderReversalRatio({ ...paid, paid_total: 0, refunded_total: 10 })).toBe(0)
  })
})

describe("orderGoods", () => {
  const none = { sent: new Set<string>(), taken_back: new Map<string, number>() }
  // A teapot (30) and two cups (10 each); Medusa's item total only counts what was not returned.
  const teapot = { id: "teapot", quantity: 1, total: 30, returned_total: 0 }
  const cups = { id: "cups", quantity: 2, total: 20, returned_total: 0 }

  it("counts returned goods at their own totals", () => {
    expect(orderGoods([teapot, cups], none)).toEqual({ goods: 50, returned: 0 })
    expect(orderGoods([teapot, { ...cups, total: 10, returned_total: 10 }], none)).toEqual({ goods: 50, returned: 10 })
  })

  it("takes nothing back for goods an exchange or a claim swapped, and leaves what it sent out of the goods", () => {
    // The teapot came back in an exchange for a new one, which was not bought with the order.
    const exchanged = [{ ...teapot, total: 0, returned_total: 30 }, cups, { id: "new-teapot", quantity: 1, total: 30, returned_total: 0 }]
    const swaps = { sent: new Set(["new-teapot"]), taken_back: new Map([["teapot", 1]]) }
    expect(orderGoods(exchanged, swaps)).toEqual({ goods: 50, returned: 0 })
    // A cup returned besides is still a return, and the new teapot returned too.
    const alsoReturned = [exchanged[0], { ...cups, total: 10, returned_total: 10 }, { ...exchanged[2], total: 0, returned_total: 30 }]
    expect(orderGoods(alsoReturned, swaps)).toEqual({ goods: 50, returned: 40 })
  })

  it("takes back only the quantity of a line that was not swapped", () => {
    const bothBack = [teapot, { ...cups, total: 0, returned_total: 20 }]
    expect(orderGoods(bothBack, { sent: new Set(), taken_back: new Map([["cups", 1]]) })).toEqual({ goods: 50, returned: 10 })
    expect(orderGoods(bothBack, { sent: new Set(), taken_back: new Map([["cups", 3]]) })).toEqual({ goods: 50, returned: 0 })
  })
})

describe("reversalTarget", () => {
  it("rounds the share of the award and stays within it", () => {
    expect(reversalTarget(125, 0.3)).toBe(38)
    expect(reversalTarget(125, 1)).toBe(125)
    expect(reversalTarget(125, 1.2)).toBe(125)
    expect(reversalTarget(125, -0.1)).toBe(0)
  })

  it("never reverses more than the award over successive partial refunds", () => {
    for (const awarded of [1, 7, 99, 125, 1001]) {
      let reversed = 0
      for (const ratio of [0.1, 0.33, 0.5, 0.51, 0.99, 1]) {
        const step = reversalTarget(awarded, ratio) - reversed
        expect(step).toBeGreaterThanOrEqual(0)
        reversed += step
        expect(reversed).toBeLessThanOrEqual(awarded)
      }
      expect(reversed).toBe(awarded)
    }
  })
})

describe("local dates", () => {
  it("takes the calendar day in the zone", () => {
    const at = new Date("2026-01-01T23:30:00Z")
    expect(localDate(at, "Asia/Shanghai")).toBe("2026-01-02")
    expect(localDate(at, "America/Los_Angeles")).toBe("2026-01-01")
    expect(localDate(at, "UTC")).toBe("2026-01-01")
    expect(localDate(new Date("2026-01-01T05:00:00Z"), "America/Los_Angeles")).toBe("2025-12-31")
    expect(localDate(new Date("2026-01-01T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-01-02")
  })

  it("steps back one calendar day across months and leap years", () => {
    expect(previousLocalDate("2026-03-01")).toBe("2026-02-28")
    expect(previousLocalDate("2024-03-01")).toBe("2024-02-29")
    expect(previousLocalDate("2000-03-01")).toBe("2000-02-29")
    expect(previousLocalDate("2100-03-01")).toBe("2100-02-28")
    expect(previousLocalDate("2026-01-01")).toBe("2025-12-31")
    expect(previousLocalDate("2026-05-16")).toBe("2026-05-15")
    expect(() => previousLocalDate("2026-3-1")).toThrow()
  })

  it("validates IANA zones", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true)
    expect(isValidTimeZone("UTC")).toBe(true)
    expect(isValidTimeZone("Mars/Olympus")).toBe(false)
    expect(isValidTimeZone("")).toBe(false)
    expect(() => localDate(new Date(), "Mars/Olympus")).toThrow(RangeError)
  })
})

describe("checkInAward", () => {
  it("adds the streak bonus on every multiple of streak_days", () => {
    expect(checkInAward(rules, 1)).toEqual({ amount: 5, bonus: 0 })
    expect(checkInAward(rules, 6)).toEqual({ amount: 5, bonus: 0 })
    expect(checkInAward(rules, 7)).toEqual({ amount: 25, bonus: 20 })
    expect(checkInAward(rules, 8)).toEqual({ amount: 5, bonus: 0 })
    expect(checkInAward(rules, 14)).toEqual({ amount: 25, bonus: 20 })
  })

  it("gives no bonus without a positive whole streak length", () => {
    expect(checkInAward({ ...rules, streak_days: null }, 7)).toEqual({ amount: 5, bonus: 0 })
    expect(checkInAward({ ...rules, streak_days: 0 }, 7)).toEqual({ amount: 5, bonus: 0 })
    expect(checkInAward({ ...rules, streak_days: 2.5 }, 5)).toEqual({ amount: 5, bonus: 0 })
  })
})
