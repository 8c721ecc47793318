import { MEMBER_PRICE_ATTRIBUTE, TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE, TRIAL_ELIGIBLE } from "../../../../modules/membership"
import { pricingContextKey, pricingContextOf } from "../shopper-pricing-context"

describe("pricingContextKey", () => {
  it("is empty for the empty context, the one a cart without a recorded key was priced under", () => {
    expect(pricingContextKey({})).toBe("")
    expect(pricingContextKey(pricingContextOf(0, true, []))).toBe("")
  })

  it("does not depend on the order of attributes or of benefit ids", () => {
    const a = { [TIER_RANK_ATTRIBUTE]: 2, [MEMBER_PRICE_ATTRIBUTE]: ["mbft_b", "mbft_a"] }
    const b = { [MEMBER_PRICE_ATTRIBUTE]: ["mbft_a", "mbft_b"], [TIER_RANK_ATTRIBUTE]: 2 }
    expect(pricingContextKey(a)).toBe(pricingContextKey(b))
  })

  it("differs whenever a price could: another tier, another benefit, trial eligibility", () => {
    const base = pricingContextKey(pricingContextOf(2, true, ["mbft_a"]))
    expect(pricingContextKey(pricingContextOf(3, true, ["mbft_a"]))).not.toBe(base)
    expect(pricingContextKey(pricingContextOf(2, true, ["mbft_a", "mbft_b"]))).not.toBe(base)
    expect(pricingContextKey(pricingContextOf(2, false, ["mbft_a"]))).not.toBe(base)
    expect(pricingContextKey({ [TRIAL_ATTRIBUTE]: TRIAL_ELIGIBLE })).not.toBe("")
  })
})
