import {
  fitsCurrencyPrecision,
  isRegularPrice,
  MEMBER_PRICE_ATTRIBUTE,
  memberPriceBenefitId,
  memberPriceChanges,
} from "../utils/member-prices"

const rule = (value: string, attribute = MEMBER_PRICE_ATTRIBUTE) => ({ attribute, value })
const stored = (id: string, amount: number, currency: string, rules: { attribute: string; value: string }[] = [], extra = {}) => ({
  id,
  price_set_id: "pset_1",
  amount,
  currency_code: currency,
  price_list_id: null,
  price_rules: rules,
  ...extra,
})

describe("member prices", () => {
  it("tells member prices from regular, rule-based and price-list prices", () => {
    expect(memberPriceBenefitId(stored("a", 10, "eur", [rule("b1")]))).toBe("b1")
    expect(memberPriceBenefitId(stored("a", 10, "eur"))).toBeNull()
    expect(memberPriceBenefitId(stored("a", 10, "eur", [rule("b1"), rule("reg_1", "region_id")]))).toBeNull()
    expect(memberPriceBenefitId(stored("a", 10, "eur", [rule("b1")], { price_list_id: "plist_1" }))).toBeNull()
    expect(isRegularPrice(stored("a", 10, "eur"))).toBe(true)
    expect(isRegularPrice(stored("a", 10, "eur", [rule("reg_1", "region_id")]))).toBe(false)
  })

  it("accepts amounts with at most the currency's decimals", () => {
    expect(fitsCurrencyPrecision(16.5, "eur")).toBe(true)
    expect(fitsCurrencyPrecision(16.99, "eur")).toBe(true)
    expect(fitsCurrencyPrecision(16.999, "eur")).toBe(false)
    expect(fitsCurrencyPrecision(100, "jpy")).toBe(true)
    expect(fitsCurrencyPrecision(100.5, "jpy")).toBe(false)
    expect(fitsCurrencyPrecision(1.234, "kwd")).toBe(true)
  })

  it("adds new prices, replaces changed ones, removes emptied ones and leaves equal ones alone", () => {
    const existing = [
      stored("keep", 16, "eur", [rule("b1")]),
      stored("change", 20, "usd", [rule("b1")]),
      stored("drop", 15, "eur", [rule("b2")]),
      stored("regular", 20, "eur"),
    ]
    const row = (benefit_id: string, currency_code: string, amount: number | null) => ({ price_set_id: "pset_1", benefit_id, currency_code, amount })
    expect(
      memberPriceChanges([row("b1", "eur", 16), row("b1", "usd", 19), row("b2", "eur", null), row("b2", "usd", 18), row("b3", "eur", null)], existing)
    ).toEqual({
      remove: ["change", "drop"],
      add: [
        { price_set_id: "pset_1", benefit_id: "b1", currency_code: "usd", amount: 19 },
        { price_set_id: "pset_1", benefit_id: "b2", currency_code: "usd", amount: 18 },
      ],
    })
  })
})
