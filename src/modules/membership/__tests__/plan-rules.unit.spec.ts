import { planLinesProblem, type SoldPlan } from "../utils/plan-lines"
import { fromVariantPrices, missingBasePriceCurrencies, toVariantPrices } from "../utils/plan-prices"

describe("plan prices", () => {
  const prices = [
    { currency_code: "eur", amount: 888 },
    { currency_code: "eur", amount: 88, min_tier_rank: 3 },
  ]

  it("becomes variant prices with a tier rule and, with a trial, a zero price for eligible shoppers", () => {
    expect(toVariantPrices(prices, 7)).toEqual([
      { currency_code: "eur", amount: 888 },
      { currency_code: "eur", amount: 88, rules: { membership_tier_rank: [{ operator: "gte", value: 3 }] } },
      { currency_code: "eur", amount: 0, rules: { membership_trial: "eligible" } },
    ])
  })

  it("reads back from stored variant prices without the trial price", () => {
    expect(
      fromVariantPrices([
        { currency_code: "eur", amount: "0", price_rules: [{ attribute: "membership_trial", value: "eligible" }] },
        { currency_code: "eur", amount: "88", price_rules: [{ attribute: "membership_tier_rank", operator: "gte", value: "3" }] },
        { currency_code: "eur", amount: "888", price_rules: [] },
      ])
    ).toEqual([
      { currency_code: "eur", amount: 888, min_tier_rank: null },
      { currency_code: "eur", amount: 88, min_tier_rank: 3 },
    ])
  })

  it("needs a base price in every currency", () => {
    expect(missingBasePriceCurrencies([...prices, { currency_code: "usd", amount: 99, min_tier_rank: 2 }])).toEqual(["usd"])
  })
})

describe("planLinesProblem", () => {
  const plus: SoldPlan = { id: "p1", name: "PLUS", status: "active" }
  const prime: SoldPlan = { id: "p2", name: "Prime", status: "active" }
  const plans = new Map([
    ["v1", plus],
    ["v2", prime],
    ["v3", { id: "p3", name: "Old", status: "archived" }],
  ])

  it("lets a signed-in shopper buy one plan beside other goods", () => {
    expect(planLinesProblem([{ variant_id: "v1", quantity: 1 }, { variant_id: "coffee", quantity: 3 }], plans, true)).toBeNull()
    expect(planLinesProblem([{ variant_id: "coffee", quantity: 3 }], plans, false)).toBeNull()
  })

  it.each([
    [[{ variant_id: "v1", quantity: 1 }], false, /guests cannot buy/],
    [[{ variant_id: "v1", quantity: 2 }], true, /must be 1/],
    [[{ variant_id: "v1", quantity: 1 }, { variant_id: "v1", quantity: 1 }], true, /must be 1/],
    [[{ variant_id: "v1", quantity: 1 }, { variant_id: "v2", quantity: 1 }], true, /one membership plan/],
    [[{ variant_id: "v3", quantity: 1 }], true, /no longer sold/],
  ])("refuses %j (account: %s)", (lines, account, message) => {
    expect(planLinesProblem(lines, plans, account)).toMatch(message)
  })
})
