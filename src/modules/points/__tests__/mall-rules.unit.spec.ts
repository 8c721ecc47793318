import { isMallItemListed, mallCartLineProblem, mallItemProblem, mallRedemptionRefusal, type MallItemLike } from "../mall/mall-rules"

const NOW = new Date("2027-03-10T12:00:00Z")
const coupon: MallItemLike = {
  kind: "coupon",
  points_price: 100,
  coupon: { value_type: "percentage", value: 10, valid_days: 7 },
  stock: null,
  tier_ids: [],
  status: "active",
}

describe("points mall rules", () => {
  it("lists live, in-stock items of the tiers a shopper reached", () => {
    expect(isMallItemListed(coupon, [], NOW)).toBe(true)
    expect(isMallItemListed({ ...coupon, status: "archived" }, [], NOW)).toBe(false)
    expect(isMallItemListed({ ...coupon, starts_at: "2027-03-11T00:00:00Z" }, [], NOW)).toBe(false)
    expect(isMallItemListed({ ...coupon, ends_at: NOW }, [], NOW)).toBe(false)
    expect(isMallItemListed({ ...coupon, starts_at: NOW, ends_at: "2027-03-11T00:00:00Z" }, [], NOW)).toBe(true)
    expect(isMallItemListed({ ...coupon, stock: 0 }, [], NOW)).toBe(false)
    expect(isMallItemListed({ ...coupon, stock: 1 }, [], NOW)).toBe(true)
    expect(isMallItemListed({ ...coupon, tier_ids: ["gold"] }, ["silver"], NOW)).toBe(false)
    expect(isMallItemListed({ ...coupon, tier_ids: ["gold"] }, ["silver", "gold"], NOW)).toBe(true)
  })

  it("says why an item cannot be redeemed", () => {
    expect(mallRedemptionRefusal(coupon, [], NOW)).toBeNull()
    expect(mallRedemptionRefusal({ ...coupon, kind: "partner_code", partner_benefit_id: "mbenefit_1" }, [], NOW)).toBeNull()
    expect(mallRedemptionRefusal({ ...coupon, cash_price: "5" }, [], NOW)).toMatch(/plus money/)
    expect(mallRedemptionRefusal({ ...coupon, status: "archived" }, [], NOW)).toMatch(/not available/)
    expect(mallRedemptionRefusal({ ...coupon, tier_ids: ["gold"] }, [], NOW)).toMatch(/other tiers/)
    expect(mallRedemptionRefusal({ ...coupon, stock: 0 }, [], NOW)).toMatch(/out of stock/)
  })

  it("checks an item's kind fields and window, naming the field", () => {
    expect(mallItemProblem(coupon)).toBeNull()
    expect(mallItemProblem({ ...coupon, coupon: null })).toMatch(/^coupon is required/)
    expect(mallItemProblem({ ...coupon, coupon: { value_type: "fixed", value: 5, valid_days: 7 } })).toMatch(/^coupon.currency_code/)
    expect(mallItemProblem({ ...coupon, coupon: { value_type: "percentage", value: 101, valid_days: 7 } })).toMatch(/^coupon.value/)
    expect(mallItemProblem({ kind: "variant", points_price: 10 })).toMatch(/^variant_id/)
    expect(mallItemProblem({ kind: "variant", points_price: 10, variant_id: "variant_1" })).toBeNull()
    expect(mallItemProblem({ ...coupon, kind: "partner_code" })).toMatch(/^partner_benefit_id is required/)
    expect(mallItemProblem({ kind: "partner_code", points_price: 10, partner_benefit_id: "mbenefit_1" })).toBeNull()
    expect(mallItemProblem({ ...coupon, cash_price: 3 })).toMatch(/^cash_price/)
    expect(mallItemProblem({ ...coupon, starts_at: NOW, ends_at: NOW })).toMatch(/^ends_at/)
  })
  it("sells points plus money items through a cart only, at the item's price", () => {
    const kettle = { name: "Kettle", kind: "variant" as const, points_price: 300, cash_price: 20, currency_code: "eur", variant_id: "variant_1", stock: null, tier_ids: [], status: "active" }
    expect(mallRedemptionRefusal(kettle, [], NOW)).toMatch(/add it to your cart/)
    expect(mallRedemptionRefusal(kettle, [], NOW, true)).toBeNull()
    expect(mallRedemptionRefusal(coupon, [], NOW, true)).toMatch(/Only product items/)
    expect(mallItemProblem(kettle)).toBeNull()
    expect(mallItemProblem({ ...kettle, currency_code: null })).toMatch(/^currency_code/)
    const line = { variant_id: "variant_1", quantity: 1, unit_price: 20, currency_code: "EUR", points_price: 300 }
    expect(mallCartLineProblem(kettle, line)).toBeNull()
    expect(mallCartLineProblem(kettle, { ...line, quantity: 2 })).toMatch(/one per line/)
    expect(mallCartLineProblem(kettle, { ...line, currency_code: "usd" })).toMatch(/EUR only/)
    expect(mallCartLineProblem(kettle, { ...line, unit_price: 0 })).toMatch(/price .* has changed/)
    expect(mallCartLineProblem(kettle, { ...line, points_price: 200 })).toMatch(/price .* has changed/)
    expect(mallCartLineProblem(kettle, { ...line, variant_id: "variant_2" })).toMatch(/is now another product/)
    expect(mallCartLineProblem({ ...kettle, cash_price: null }, { ...line, unit_price: 0 })).toBeNull()
  })
})
