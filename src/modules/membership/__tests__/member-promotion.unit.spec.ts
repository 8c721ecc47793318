import { freeShippingOffered, memberPromotionCode, memberPromotionState } from "../utils/member-promotion"

const benefit = (type: "member_discount" | "free_shipping" | "identity", config: Record<string, unknown>, status = "active") => ({
  id: "mbnft_01ABC",
  name: "Test",
  type,
  config,
  status,
})

describe("memberPromotionState", () => {
  it("turns a member discount into a percentage off all items, or a category's or collection's", () => {
    expect(memberPromotionState(benefit("member_discount", { percentage: 10, scope: "order" }))).toEqual({
      status: "active",
      target_type: "items",
      value: 10,
      target_rules: [],
    })
    expect(memberPromotionState(benefit("member_discount", { percentage: 5, scope: "categories", category_ids: ["pcat_1"] }))?.target_rules).toEqual([
      { attribute: "items.product.categories.id", operator: "in", values: ["pcat_1"] },
    ])
    expect(memberPromotionState(benefit("member_discount", { percentage: 5, scope: "collections", collection_ids: ["pcol_1"] }))?.target_rules).toEqual([
      { attribute: "items.product.collection_id", operator: "in", values: ["pcol_1"] },
    ])
  })

  it("turns free shipping into 100% off shipping, optionally of some options; archived is inactive", () => {
    expect(memberPromotionState(benefit("free_shipping", { shipping_option_ids: null }, "archived"))).toEqual({
      status: "inactive",
      target_type: "shipping_methods",
      value: 100,
      target_rules: [],
    })
    expect(memberPromotionState(benefit("free_shipping", { shipping_option_ids: ["so_1"] }))?.target_rules).toEqual([
      { attribute: "shipping_methods.shipping_option_id", operator: "in", values: ["so_1"] },
    ])
    expect(memberPromotionState(benefit("identity", { label: "VIP" }))).toBeNull()
    expect(memberPromotionCode("mbnft_01abc")).toBe("MEMBER-01ABC")
  })
})

describe("freeShippingOffered", () => {
  const minimums = [{ currency_code: "eur", amount: 30 }]

  it("offers free shipping without minimums in every currency", () => {
    expect(freeShippingOffered([], "jpy", 0)).toBe(true)
  })

  it("offers it from the currency's minimum on, and not in a currency the list leaves out", () => {
    expect(freeShippingOffered(minimums, "EUR", 29.99)).toBe(false)
    expect(freeShippingOffered(minimums, "eur", 30)).toBe(true)
    expect(freeShippingOffered(minimums, "eur", 29.9999999)).toBe(true)
    expect(freeShippingOffered(minimums, "usd", 1000)).toBe(false)
  })
})
