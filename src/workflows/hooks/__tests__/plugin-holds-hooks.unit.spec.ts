import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { storeTakesHook } from "../../common/utils/plugin-hooks"
import "../complete-cart-validate"

describe("core-workflow hooks the plugin holds", () => {
  it("reads MEMBERSHIP_STORE_HOOKS as a comma-separated list of <workflow>.<hook>", () => {
    const env = { MEMBERSHIP_STORE_HOOKS: "completeCart.validate, addToCart.setPricingContext" }
    expect(storeTakesHook("completeCart.validate", env)).toBe(true)
    expect(storeTakesHook("addToCart.setPricingContext", env)).toBe(true)
    expect(storeTakesHook("addToCart.validate", env)).toBe(false)
    expect(storeTakesHook("completeCart.validate", {})).toBe(false)
  })

  it("by default the plugin registers its handler, so Medusa refuses a store's second one", () => {
    expect(() => completeCartWorkflow.hooks.validate(async () => undefined)).toThrow("Cannot define multiple hook handlers")
  })
})
