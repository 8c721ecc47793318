import { DEFAULT_POINTS_PROGRAM, type PointsProgramSettings } from "../../../../modules/points"
import { orderPoints, pointsExpiry, pointsMultiplier, pointsPendingUntil } from "../points-rules"

const DAY_MS = 86_400_000

const program = (settings: Partial<PointsProgramSettings> = {}): PointsProgramSettings => ({
  ...DEFAULT_POINTS_PROGRAM,
  earn_rates: [{ currency_code: "eur", points_per_unit: 100, min_order: 20 }],
  ...settings,
})

const order = { currency_code: "EUR", paid_total: 30.99, shipping_total: 5.5, tax_total: 4, shipping_tax_total: 0.5 }

describe("orderPoints", () => {
  it("floors basis × rate × multiplier without float noise, leaving shipping and tax out", () => {
    // 30.99 - 5.5 - (4 - 0.5) = 21.99 of goods.
    expect(orderPoints(program(), order, 1)).toEqual({ basis: 21.99, points: 2199, multiplier: 1 })
    expect(orderPoints(program(), order, 1.5)).toMatchObject({ points: 3298 })
    expect(orderPoints(program({ exclude_shipping: false, exclude_tax: false }), order, 1)).toMatchObject({ basis: 30.99, points: 3099 })
  })

  it("earns nothing below the currency's minimum order, in a currency without a rate, or at a zero rate", () => {
    expect(orderPoints(program({ earn_rates: [{ currency_code: "eur", points_per_unit: 100, min_order: 22 }] }), order, 1)).toBeNull()
    expect(orderPoints(program(), { ...order, currency_code: "usd" }, 1)).toBeNull()
    expect(orderPoints(program({ earn_rates: [{ currency_code: "eur", points_per_unit: 0, min_order: 0 }] }), order, 1)).toBeNull()
  })
})

describe("pointsMultiplier", () => {
  it("multiplies the tier's multiplier by the best benefit, which do not stack", () => {
    const settings = program({ tier_multipliers: [{ tier_id: "gold", multiplier: 2 }] })
    expect(pointsMultiplier(settings, "gold", [1.5, 3, 1.2])).toBe(6)
    expect(pointsMultiplier(settings, "silver", [1.5])).toBe(1.5)
    expect(pointsMultiplier(settings, null, [])).toBe(1)
  })
})

describe("pointsExpiry and pointsPendingUntil", () => {
  const earnedAt = new Date("2026-12-31T16:00:00.000Z")

  it("expires after the days, never, or at the end of the following year in the program's zone", () => {
    expect(pointsExpiry({ expiry_mode: "days", expiry_days: 10, timezone: "UTC" }, earnedAt)).toEqual(new Date(earnedAt.getTime() + 10 * DAY_MS))
    expect(pointsExpiry({ expiry_mode: "never", expiry_days: 10, timezone: "UTC" }, earnedAt)).toBeNull()
    // Already January 1st 2027 in Tokyo: its following year is 2028.
    expect(pointsExpiry({ expiry_mode: "end_of_following_year", expiry_days: 1, timezone: "Asia/Tokyo" }, earnedAt)).toEqual(
      new Date("2028-12-31T14:59:59.999Z")
    )
    expect(pointsExpiry({ expiry_mode: "end_of_following_year", expiry_days: 1, timezone: "America/New_York" }, earnedAt)).toEqual(
      new Date("2028-01-01T04:59:59.999Z")
    )
  })

  it("keeps points pending for the program's days, or not at all", () => {
    expect(pointsPendingUntil({ pending_days: 30 }, earnedAt)).toEqual(new Date(earnedAt.getTime() + 30 * DAY_MS))
    expect(pointsPendingUntil({ pending_days: 0 }, earnedAt)).toBeNull()
  })
})
