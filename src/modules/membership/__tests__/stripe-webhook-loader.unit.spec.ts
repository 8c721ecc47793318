import type { Logger } from "@medusajs/framework/types"
import membershipModule from "../index"

const started = async (options: Record<string, unknown>) => {
  const logger = { info: jest.fn() }
  for (const loader of membershipModule.loaders ?? []) {
    await loader({ container: {} as never, options, logger: logger as unknown as Logger })
  }
  return logger.info.mock.calls.map(([message]) => message)
}

describe("the membership module's startup", () => {
  it("says the Stripe webhook is off without a signing secret", async () => {
    expect(await started({})).toEqual([expect.stringMatching(/POST \/hooks\/membership\/stripe is off \(404\).*stripeWebhookSecret/)])
  })

  it("says nothing of it with one", async () => {
    expect(await started({ stripeWebhookSecret: "whsec_x" })).toEqual([])
  })
})
