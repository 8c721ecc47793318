/// <reference types="jest" />
import type { MallItem, PointsProgramSettings } from "../../../types/http"
import { FormValueError } from "../form-values"
import { emptyMallItemForm, mallItemFormToBody, mallItemToForm } from "../mall-item-form"
import { pointsProgramFormToBody, pointsProgramToForm } from "../points-program-form"

const program: PointsProgramSettings = {
  earn_rates: [{ currency_code: "eur", points_per_unit: 2, min_order: 10 }],
  redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }],
  exclude_shipping: true,
  exclude_tax: false,
  tier_multipliers: [{ tier_id: "tier_gold", multiplier: 1.5 }],
  pending_days: 14,
  expiry_mode: "end_of_following_year",
  expiry_days: 365,
  max_share_percent: 40,
  min_redemption: 200,
  timezone: "Europe/Paris",
}

describe("the points rules form", () => {
  it("sends back exactly the saved rules when nothing was edited", () => {
    expect(pointsProgramFormToBody(pointsProgramToForm(program))).toEqual(program)
  })

  it("refuses what the server could not read, naming the row", () => {
    const form = pointsProgramToForm(program)
    expect(() => pointsProgramFormToBody({ ...form, earn_rates: [{ ...form.earn_rates[0], currency_code: "EU" }] })).toThrow(
      new FormValueError("Earn rate 1: enter a three-letter currency code, e.g. EUR")
    )
    expect(() => pointsProgramFormToBody({ ...form, tier_multipliers: [{ ...form.tier_multipliers[0], tier_id: "" }] })).toThrow(
      "Tier multiplier 1: pick a tier"
    )
    expect(() => pointsProgramFormToBody({ ...form, min_redemption: "1.5" })).toThrow("Minimum redemption must be a whole number")
  })
})

/** Who may redeem the coupon and how often: sent back as saved. */
const availability: Pick<MallItem, "stock" | "limit_per_member" | "limit_period" | "tier_ids" | "starts_at" | "ends_at"> = {
  stock: 10,
  limit_per_member: 1,
  limit_period: "month",
  tier_ids: ["tier_gold"],
  starts_at: null,
  ends_at: null,
}

const coupon: MallItem = {
  id: "pmitem_1",
  name: "EUR 5 coupon",
  description: null,
  image_url: null,
  kind: "coupon",
  points_price: 500,
  cash_price: null,
  currency_code: null,
  variant_id: null,
  coupon: { value_type: "fixed", value: 5, currency_code: "eur", valid_days: 30 },
  partner_benefit_id: null,
  ...availability,
  status: "active",
  created_at: "2026-11-23T00:00:00.000Z",
}

describe("the mall item form", () => {
  it("sends a coupon item's coupon and no variant", () => {
    expect(mallItemFormToBody(mallItemToForm(coupon))).toEqual({
      name: "EUR 5 coupon",
      description: null,
      image_url: null,
      kind: "coupon",
      points_price: 500,
      variant_id: null,
      coupon: { value_type: "fixed", value: 5, currency_code: "eur", valid_days: 30 },
      partner_benefit_id: null,
      cash_price: null,
      currency_code: null,
      ...availability,
    })
  })

  // A product item sends empty stock and limit as none; a partner code item neither variant nor coupon.
  it.each([
    {
      item: "product",
      form: { name: "Bottle", points_price: "2500" },
      refusal: "Pick the product variant the item gives.",
      pick: { variant_id: "variant_1" },
      sends: { kind: "variant", coupon: null, cash_price: null, currency_code: null, stock: null, limit_per_member: null },
    },
    {
      item: "partner code",
      form: { name: "Video month", points_price: "800", kind: "partner_code" as const },
      refusal: "Pick the partner benefit whose codes the item gives.",
      pick: { partner_benefit_id: "mbenefit_1" },
      sends: { kind: "partner_code", variant_id: null, coupon: null },
    },
  ])("needs what a $item item gives", ({ form, refusal, pick, sends }) => {
    const filled = { ...emptyMallItemForm(), ...form }
    expect(() => mallItemFormToBody(filled)).toThrow(refusal)
    expect(mallItemFormToBody({ ...filled, ...pick })).toMatchObject({ ...sends, ...pick })
  })

  it("sends a product item's money part with its currency", () => {
    const form = { ...emptyMallItemForm(), name: "Kettle", points_price: "300", variant_id: "variant_1", cash_price: "19.5" }
    expect(() => mallItemFormToBody(form)).toThrow("Enter the currency of the money part.")
    expect(mallItemFormToBody({ ...form, cash_currency_code: "EUR" })).toMatchObject({ cash_price: 19.5, currency_code: "eur" })
    expect(mallItemToForm({ ...mallItemFormToBody({ ...form, cash_currency_code: "EUR" }), id: "pmitem_1" } as never)).toMatchObject({
      cash_price: "19.5",
      cash_currency_code: "EUR",
    })
  })
})
