/// <reference types="jest" />
import type { ProductMemberPrices } from "../../../types/http"
import { cellKey, cellText, changedMemberPrices, memberPriceAudience } from "../member-prices"

const data: ProductMemberPrices = {
  product_id: "prod_1",
  currencies: ["eur", "usd"],
  benefits: [{ id: "mb_1", name: "PLUS prices", status: "active", plan_ids: ["plan_1"], tier_ids: ["tier_1"] }],
  variants: [
    {
      id: "variant_1",
      title: "Default",
      sku: "SKU-1",
      prices: [{ currency_code: "eur", amount: 24 }],
      member_prices: [{ benefit_id: "mb_1", currency_code: "eur", amount: 21.5 }],
    },
  ],
}

describe("the member-price table's cells", () => {
  it("shows the saved amount until the cell is edited", () => {
    const variant = data.variants[0]
    expect(cellText(variant, "mb_1", "eur", {})).toBe("21.5")
    expect(cellText(variant, "mb_1", "usd", {})).toBe("")
    expect(cellText(variant, "mb_1", "eur", { [cellKey("variant_1", "mb_1", "eur")]: "" })).toBe("")
  })

  it("sends only the cells whose amount changed; an emptied cell removes its price", () => {
    expect(changedMemberPrices(data, {})).toEqual([])
    // Retyped to the same amount, or an untouched empty cell: nothing to send.
    expect(
      changedMemberPrices(data, { [cellKey("variant_1", "mb_1", "eur")]: "21.50", [cellKey("variant_1", "mb_1", "usd")]: "" })
    ).toEqual([])
    expect(
      changedMemberPrices(data, { [cellKey("variant_1", "mb_1", "eur")]: " ", [cellKey("variant_1", "mb_1", "usd")]: "24" })
    ).toEqual([
      { variant_id: "variant_1", benefit_id: "mb_1", currency_code: "eur", amount: null },
      { variant_id: "variant_1", benefit_id: "mb_1", currency_code: "usd", amount: 24 },
    ])
  })

  it("ignores edits of cells that are no longer in the table", () => {
    expect(changedMemberPrices(data, { [cellKey("variant_gone", "mb_1", "eur")]: "5" })).toEqual([])
  })
})

describe("memberPriceAudience", () => {
  const plans = [{ id: "plan_1", name: "PLUS Annual" }]
  const tiers = [{ id: "tier_1", name: "Silver" }]

  it("names the plans and the tiers, which reach the tiers above them", () => {
    expect(memberPriceAudience(data.benefits[0], plans, tiers)).toBe("PLUS Annual · Silver tier and above")
    expect(memberPriceAudience({ plan_ids: [], tier_ids: [] }, plans, tiers)).toBe("Nobody yet")
  })
})
