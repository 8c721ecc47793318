import { couponAndPartnerCodes } from "./coupon-and-partner-codes"
import { joinAtCheckout } from "./join-at-checkout"
import { memberCheckout } from "./member-checkout"
import { reversals } from "./reversals"
import { demoJourneys } from "./support/harness"
import { tierOnlyShopper } from "./tier-only-shopper"
import { trialMember } from "./trial-member"
import { twoDevices } from "./two-devices"

// The demo's app plus the plugin's Stripe provider on the in-repo fake Stripe, so a renewal
// can really be declined (the demo renews with the system provider, which never fails).
jest.mock("../../medusa-config", () => jest.requireActual("../medusa-config"))

jest.setTimeout(300_000)

/**
 * The shopper journeys across features, on one store seeded by the demo's own seed (booted and
 * seeded once for all of them): what a storefront does over HTTP, then what the merchant or the
 * partner does, every ledger checked after each step, in EUR and USD. Each journey follows its
 * own new shoppers. `npm run smoke` runs 1–3 against a running demo.
 */
demoJourneys((journey) => {
  describe.each(["eur", "usd"] as const)("in %s", (currency) => {
    it("1–3. a new shopper joins PLUS at checkout, shops as a member with points and the mall, and gets money back", async () => {
      const { ctx, demo } = journey()
      const joined = await joinAtCheckout(ctx, demo, currency)
      const shopped = await memberCheckout(ctx, demo, joined.shopper, currency)
      await reversals(ctx, demo, joined.shopper, currency, shopped)
    })

    it("4. a shopper without a plan reaches Gold by orders, then a refund and the protection's end take it back", async () => {
      const { ctx, demo } = journey()
      await tierOnlyShopper(ctx, demo, currency)
    })

    it("5. a trial member is charged at the trial's end, then declined, past due and expired", async () => {
      const { ctx, demo } = journey()
      await trialMember(ctx, demo, currency)
    })

    it("6. a member spends this month's coupon and has the partner redeem their StreamCo code", async () => {
      const { ctx, demo } = journey()
      await couponAndPartnerCodes(ctx, demo, currency)
    })

    it("7. two devices of one member race for their points and for the last unit of a mall item", async () => {
      const { ctx, demo } = journey()
      await twoDevices(ctx, demo, currency)
    })
  })
})
