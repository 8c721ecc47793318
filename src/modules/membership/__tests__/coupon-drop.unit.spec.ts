import { couponExpiry, couponPeriod, generateCouponCode, zonedMidnight } from "../utils/coupon-drop"

describe("coupon drops", () => {
  it("dates a drop by the month in the store's time zone", () => {
    const instant = new Date("2026-10-31T20:00:00Z")
    expect(couponPeriod(instant, "UTC")).toBe("2026-10")
    expect(couponPeriod(instant, "Asia/Shanghai")).toBe("2026-11")
    expect(couponPeriod(new Date("2026-12-01T02:00:00Z"), "America/New_York")).toBe("2026-11")
  })

  it("expires at the end of the store day valid_days - 1 after the issue day", () => {
    expect(couponExpiry(new Date("2026-11-01T00:20:00Z"), 30, "UTC").toISOString()).toBe("2026-12-01T00:00:00.000Z")
    expect(couponExpiry(new Date("2026-11-01T00:20:00Z"), 1, "Asia/Shanghai").toISOString()).toBe("2026-11-01T16:00:00.000Z")
    // Issued in EDT, ends after the switch to EST.
    expect(couponExpiry(new Date("2026-10-20T12:00:00Z"), 30, "America/New_York").toISOString()).toBe("2026-11-19T05:00:00.000Z")
  })

  it("finds local midnight across a DST change and normalises the day", () => {
    expect(zonedMidnight(2026, 3, 29, "Europe/Paris").toISOString()).toBe("2026-03-28T23:00:00.000Z")
    expect(zonedMidnight(2026, 3, 30, "Europe/Paris").toISOString()).toBe("2026-03-29T22:00:00.000Z")
    expect(zonedMidnight(2026, 12, 32, "UTC").toISOString()).toBe("2027-01-01T00:00:00.000Z")
  })

  it("makes long random codes", () => {
    const codes = new Set(Array.from({ length: 1000 }, generateCouponCode))
    expect(codes.size).toBe(1000)
    for (const code of codes) {
      expect(code).toMatch(/^MBR-[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/)
    }
  })
})
