import { parseBenefitConfig } from "../utils/benefit-config"

describe("benefit config amounts", () => {
  it("refuses a fixed coupon value or a free-shipping minimum finer than its currency's smallest unit", () => {
    const coupon = (value: number, currency_code: string) =>
      parseBenefitConfig("coupon_drop", { codes_per_month: 1, value_type: "fixed", value, currency_code })
    expect(coupon(10.005, "eur")).toEqual({ error: expect.stringMatching(/^config\.value: /) })
    expect(coupon(100.5, "jpy")).toEqual({ error: expect.stringMatching(/^config\.value: /) })
    expect(coupon(10.05, "eur")).toMatchObject({ config: { value: 10.05 } })
    expect(parseBenefitConfig("coupon_drop", { codes_per_month: 1, value_type: "percentage", value: 12.5 })).toMatchObject({
      config: { value: 12.5 },
    })

    const minimum = (amount: number, currency_code: string) => parseBenefitConfig("free_shipping", { min_subtotal: [{ currency_code, amount }] })
    expect(minimum(29.999, "eur")).toEqual({ error: expect.stringMatching(/^config\.min_subtotal\.0\.amount: /) })
    expect(minimum(30.5, "jpy")).toEqual({ error: expect.stringMatching(/^config\.min_subtotal\.0\.amount: /) })
    expect(minimum(29.99, "eur")).toMatchObject({ config: { min_subtotal: [{ currency_code: "eur", amount: 29.99 }] } })
  })
})
