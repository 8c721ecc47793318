import { demoJourneys } from "./support/harness"
import { tierOnlyShopper } from "./tier-only-shopper"
import { trialMember } from "./trial-member"

// The demo's app plus the plugin's Stripe provider on the in-repo fake Stripe, so a renewal
// can really be declined (the demo renews with the system provider, which never fails).
jest.mock("../../medusa-config", () => jest.requireActual("../medusa-config"))

jest.setTimeout(300_000)

/**
 * The journeys that run the plugin's jobs on a controllable clock (the nightly tier
 * re-evaluation, renewals and dunning), on a store seeded by the demo's own seed. Each journey
 * follows its own new shopper.
 */
demoJourneys((journey) => {
  describe.each(["eur", "usd"] as const)("in %s", (currency) => {
    it("4. a shopper without a plan reaches Gold by orders, then a refund and the protection's end take it back", async () => {
      const { ctx, demo } = journey()
      await tierOnlyShopper(ctx, demo, currency)
    })

    it("5. a trial member is charged at the trial's end, then declined, past due and expired", async () => {
      const { ctx, demo } = journey()
      await trialMember(ctx, demo, currency)
    })
  })
})
