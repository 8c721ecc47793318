import { joinAtCheckout } from "./join-at-checkout"
import { memberCheckout } from "./member-checkout"
import { reversals } from "./reversals"
import { demoJourneys } from "./support/harness"

jest.setTimeout(300_000)

/**
 * The shopper journeys across features, on a store seeded by the demo's own seed: what a
 * storefront does over HTTP, then what the merchant does in the admin, every ledger checked
 * after each step. Each currency's story follows one new shopper, who joins (1), shops as a
 * member (2) and gets money back (3). `npm run smoke` runs the same journeys against a running demo.
 */
demoJourneys((journey) => {
  it.each(["eur", "usd"] as const)(
    "in %s: a new shopper joins PLUS at checkout (1), shops as a member with points and the mall (2), and gets money back (3)",
    async (currency) => {
      const { ctx, demo } = journey()
      const joined = await joinAtCheckout(ctx, demo, currency)
      const shopped = await memberCheckout(ctx, demo, joined.shopper, currency)
      await reversals(ctx, demo, joined.shopper, currency, shopped)
    }
  )
})
