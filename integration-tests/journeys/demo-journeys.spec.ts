import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { joinAtCheckout } from "./join-at-checkout"
import type { JourneyContext } from "./support/context"
import { type DemoStore, discoverDemo } from "./support/demo"
import { seededDemoContext } from "./support/harness"

jest.setTimeout(300_000)

/**
 * The shopper journeys across features, on a store seeded by the demo's own seed: what a
 * storefront does over HTTP, then what the merchant does in the admin, every ledger checked
 * after each step. One store for all of them (each journey uses its own new shoppers).
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let ctx: JourneyContext
    let demo: DemoStore

    beforeAll(async () => {
      ctx = await seededDemoContext(api, getContainer)
      demo = await discoverDemo(ctx)
    })

    describe.each(["eur", "usd"] as const)("in %s", (currency) => {
      it("1. a new shopper joins PLUS Annual and buys goods in one cart, saving at once", async () => {
        await joinAtCheckout(ctx, demo, currency)
      })
    })
  },
})
