import { partnerEntitlementKey } from "../utils/partner-entitlement"

describe("partnerEntitlementKey", () => {
  const now = new Date("2027-01-31T20:00:00Z")

  it("keys an `ever` benefit once, whatever the period or month", () => {
    expect(partnerEntitlementKey("ever", "mbrper_1", now, "UTC")).toBe("ever")
  })

  it("keys a `period` benefit by the membership period, and by month without one (a tier holder)", () => {
    expect(partnerEntitlementKey("period", "mbrper_1", now, "UTC")).toBe("period:mbrper_1")
    expect(partnerEntitlementKey("period", null, now, "UTC")).toBe("month:2027-01")
  })

  it("keys a `month` benefit by the calendar month in the store's time zone", () => {
    expect(partnerEntitlementKey("month", "mbrper_1", now, "UTC")).toBe("month:2027-01")
    // 04:00 on 1 February in Shanghai.
    expect(partnerEntitlementKey("month", null, now, "Asia/Shanghai")).toBe("month:2027-02")
    expect(partnerEntitlementKey("month", null, new Date("2027-02-01T02:00:00Z"), "America/New_York")).toBe("month:2027-01")
  })
})
