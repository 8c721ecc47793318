import { couponAndPartnerCodes } from "./coupon-and-partner-codes"
import { demoJourneys } from "./support/harness"
import { twoDevices } from "./two-devices"

jest.setTimeout(300_000)

/**
 * Codes and races on the demo store: the monthly coupon drop and the partner's code from claim
 * to redemption (journey 6), and one member's two devices racing for their points and for the
 * last unit of a mall item (journey 7). New shoppers per journey.
 */
demoJourneys((journey) => {
  describe.each(["eur", "usd"] as const)("in %s", (currency) => {
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
