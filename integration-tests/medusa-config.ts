import type { ConfigModule } from "@medusajs/framework/types"
import { fakeStripe } from "./fake-stripe"

/**
 * The app the HTTP specs boot: the demo store's config plus Medusa's payment
 * module with our Stripe provider talking to the in-memory fake Stripe.
 *
 * Medusa's test runner only reads `<cwd>/medusa-config` and loads `<cwd>/src`, so
 * a spec keeps the repository root as cwd and swaps the root config for this one:
 * `jest.mock("../../medusa-config", () => jest.requireActual("../medusa-config"))`.
 */
export const STRIPE_PROVIDER_ID = "pp_membership-stripe_stripe"
export const STRIPE_WEBHOOK_SECRET = "whsec_fake_membership"

// The plugin's own webhook route (/hooks/membership/stripe) verifies with the same secret.
process.env.STRIPE_WEBHOOK_SECRET = STRIPE_WEBHOOK_SECRET
const root: ConfigModule = jest.requireActual("../medusa-config").default

const config: ConfigModule = {
  ...root,
  modules: {
    ...root.modules,
    payment: {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/providers/stripe",
            id: "stripe",
            options: {
              apiKey: "sk_test_fake",
              webhookSecret: STRIPE_WEBHOOK_SECRET,
              // A live object, not data: Medusa hands module options to the provider as is.
              httpClient: fakeStripe.httpClient,
            },
          },
        ],
      },
    },
  },
}

export default config
