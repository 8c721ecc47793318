import { AdminCreatePlan, AdminListPlansParams } from "../validators"

const prices = [{ currency_code: "EUR", amount: 88 }]

describe("AdminCreatePlan", () => {
  it("accepts a minimal plan, with currency codes in lower case", () => {
    expect(AdminCreatePlan.parse({ name: "PLUS", prices })).toEqual({
      name: "PLUS",
      prices: [{ currency_code: "eur", amount: 88 }],
    })
  })

  it.each([
    [{ prices }, "name"],
    [{ name: "   ", prices }, "name"],
    [{ name: "PLUS" }, "prices"],
    [{ name: "PLUS", prices: [] }, "prices"],
    [{ name: "PLUS", prices: [{ currency_code: "euro", amount: 1 }] }, "prices.0.currency_code"],
    [{ name: "PLUS", prices: [...prices, { currency_code: "eur", amount: 80 }] }, "prices"],
    [{ name: "PLUS", prices: [{ currency_code: "eur", amount: 0.30000000000000004 }] }, "prices.0.amount"],
    [{ name: "PLUS", prices: [...prices, { currency_code: "jpy", amount: 1.234 }] }, "prices.1.amount"],
    [{ name: "PLUS", prices, interval: "week" }, "interval"],
    [{ name: "PLUS", prices, trial_days: -1 }, "trial_days"],
    [{ name: "PLUS", prices, dunning_offsets: [1, 1] }, "dunning_offsets"],
    [{ name: "PLUS", prices, refund_policy: "always" }, "refund_policy"],
    [{ name: "PLUS", handle: "Not A Handle", prices }, "handle"],
    [{ name: "PLUS", status: "paused", prices }, "status"],
  ])("rejects %j naming the %s field", (body, field) => {
    const result = AdminCreatePlan.safeParse(body)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field)
  })

  it("rejects fields it does not know", () => {
    expect(AdminCreatePlan.safeParse({ name: "PLUS", prices, price: 88 }).success).toBe(false)
  })
})

describe("AdminListPlansParams", () => {
  it("sorts by a plan field only", () => {
    expect(AdminListPlansParams.parse({ order: "-created_at" }).order).toBe("-created_at")
    expect(AdminListPlansParams.safeParse({ order: "price" }).success).toBe(false)
  })

  it("defaults to the first page of 20", () => {
    expect(AdminListPlansParams.parse({})).toMatchObject({ limit: 20, offset: 0 })
  })

  it("caps the page size", () => {
    expect(AdminListPlansParams.safeParse({ limit: "1000" }).success).toBe(false)
  })
})
