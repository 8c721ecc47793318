/* eslint-disable @typescript-eslint/no-require-imports */
describe("a core-workflow hook the store takes over", () => {
  it("is left free, and the store's own handler can run the plugin's exported one", () => {
    // Set before the hook file loads, as Medusa loads the env before the workflows.
    process.env.MEMBERSHIP_STORE_HOOKS = "addToCart.validate,completeCart.validate"
    const hook = require("../complete-cart-validate")
    const { completeCartWorkflow } = require("@medusajs/medusa/core-flows")
    delete process.env.MEMBERSHIP_STORE_HOOKS
    expect(typeof hook.membershipCompleteCartValidate).toBe("function")
    expect(typeof hook.undoMembershipCompleteCartValidate).toBe("function")
    expect(() =>
      completeCartWorkflow.hooks.validate(hook.membershipCompleteCartValidate, hook.undoMembershipCompleteCartValidate)
    ).not.toThrow()
  })
})
