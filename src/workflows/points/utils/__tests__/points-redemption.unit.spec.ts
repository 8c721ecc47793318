import { restoreShares, restoreTarget } from "../order-points-restore"
import { quoteRedemption } from "../../../../modules/points"

const rules = { points_per_unit: 100, max_share_percent: 50, min_redemption: 100 }
const request = { available: 10_000, total: 50, currency_code: "eur" }

describe("quoteRedemption", () => {
  it("values points at the rate, rounded down to the cent, and charges exactly what that money costs", () => {
    expect(quoteRedemption({ ...request, requested: 1500 }, rules)).toEqual({ points: 1500, amount: 15 })
    // 3 points per euro: 1000 points are worth 333.33..., so 333.33 EUR is paid and costs 999.99 → 1000 points.
    expect(quoteRedemption({ ...request, total: 10_000, requested: 1000 }, { ...rules, points_per_unit: 3 })).toEqual({ points: 1000, amount: 333.33 })
    // 101 points at 2 per cent-less yen: 50 JPY, which costs 100 points: the odd point is not charged.
    expect(quoteRedemption({ ...request, currency_code: "jpy", total: 10_000, requested: 101 }, { ...rules, points_per_unit: 2 })).toEqual({
      points: 100,
      amount: 50,
    })
  })

  it('"max" is the smallest of the share of the total and the balance', () => {
    expect(quoteRedemption({ ...request, requested: "max" }, rules)).toEqual({ points: 2500, amount: 25 })
    expect(quoteRedemption({ ...request, available: 1234, requested: "max" }, rules)).toEqual({ points: 1234, amount: 12.34 })
    expect(quoteRedemption({ ...request, total: 33.33, requested: "max" }, rules)).toEqual({ points: 1666, amount: 16.66 })
    expect(quoteRedemption({ ...request, available: 99, requested: "max" }, rules)).toHaveProperty("problem")
  })

  it('"max" under a cap that is not worth whole points takes the whole points within it, which a number quote repeats', () => {
    // 1 point per euro, 33% of 50 EUR = 16.50 EUR: 16 points (16 EUR), not 17 points for 16.50.
    const coarse = { points_per_unit: 1, max_share_percent: 33, min_redemption: 0 }
    const max = quoteRedemption({ ...request, requested: "max" }, coarse)
    expect(max).toEqual({ points: 16, amount: 16 })
    expect(quoteRedemption({ ...request, requested: (max as { points: number }).points }, coarse)).toEqual(max)
  })

  it("refuses beyond the share, the balance, below the minimum, and without a rate", () => {
    expect(quoteRedemption({ ...request, requested: 2501 }, rules)).toEqual({
      problem: "At most 2500 points can pay for this cart (50% of its total).",
    })
    expect(quoteRedemption({ ...request, available: 500, requested: 600 }, rules)).toEqual({ problem: "Not enough points: 500 available, 600 needed." })
    expect(quoteRedemption({ ...request, requested: 99 }, rules)).toEqual({ problem: "At least 100 points are needed per redemption." })
    expect(quoteRedemption({ ...request, requested: 500 }, { ...rules, points_per_unit: 0 })).toEqual({ problem: "Points cannot pay in EUR." })
    expect(quoteRedemption({ ...request, requested: 1 }, { ...rules, min_redemption: 0, points_per_unit: 1000 })).toEqual({
      problem: "1 points are worth less than the smallest unit of EUR.",
    })
  })
})

describe("restoring spent points", () => {
  it("owes all points on cancel and the refunded share of the money otherwise", () => {
    expect(restoreTarget(1500, { captured: 35, refunded: 0, canceled: true })).toBe(1500)
    expect(restoreTarget(1500, { captured: 35, refunded: 7, canceled: false })).toBe(300)
    expect(restoreTarget(1500, { captured: 35, refunded: 35, canceled: false })).toBe(1500)
    expect(restoreTarget(1500, { captured: 0, refunded: 0, canceled: false })).toBe(0)
  })

  it("puts points back into the lots they came from, newest first, never more than each gave", () => {
    const spent = [
      { lot_id: "a", amount: 1000 },
      { lot_id: "b", amount: 500 },
    ]
    expect(restoreShares(spent, [], 300)).toEqual([{ lot_id: "b", amount: 300 }])
    expect(restoreShares(spent, [{ lot_id: "b", amount: 300 }], 300)).toEqual([
      { lot_id: "b", amount: 200 },
      { lot_id: "a", amount: 100 },
    ])
  })
})
