import { roundMoney } from "../../../lib/money"
import { refundAmount, type RefundInput } from "../utils/refund"

const base: RefundInput = {
  policy: "prorated",
  paid: 30,
  refunded: 0,
  currencyCode: "eur",
  periodStart: new Date("2026-01-01T00:00:00Z"),
  periodEnd: new Date("2026-01-31T00:00:00Z"),
  now: new Date("2026-01-21T00:00:00Z"),
  benefitsUsed: 0,
}

describe("refundAmount", () => {
  it("prorates by unused time, rounded to the cent", () => {
    expect(refundAmount(base)).toBe(10)
    expect(refundAmount({ ...base, paid: 9.99, now: new Date("2026-01-11T00:00:00Z") })).toBe(6.66)
    expect(refundAmount({ ...base, now: new Date("2025-12-01T00:00:00Z") })).toBe(30)
    expect(refundAmount({ ...base, now: new Date("2026-02-10T00:00:00Z") })).toBe(0)
  })

  it("subtracts the benefits used, never below zero", () => {
    expect(refundAmount({ ...base, policy: "benefits_used", benefitsUsed: 12.5 })).toBe(17.5)
    expect(refundAmount({ ...base, policy: "benefits_used", benefitsUsed: 45 })).toBe(0)
  })

  it("refunds nothing under none, and never more than is left", () => {
    expect(refundAmount({ ...base, policy: "none" })).toBe(0)
    expect(refundAmount({ ...base, policy: "benefits_used", refunded: 25 })).toBe(5)
  })

  it("rounds per currency", () => {
    expect(roundMoney(100.5, "jpy")).toBe(101)
    expect(roundMoney(1.2345, "kwd")).toBe(1.235)
    expect(roundMoney(0.125, "eur")).toBe(0.13)
  })
})
