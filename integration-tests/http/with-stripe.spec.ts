import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { membershipRenewalsSuite } from "./with-stripe/membership-renewals"
import { pointsCheckoutSuite } from "./with-stripe/points-checkout"
import { pointsMallCartSuite } from "./with-stripe/points-mall-cart"
import { stripeProviderSuite } from "./with-stripe/stripe-provider"

// The runner boots <root>/medusa-config; these specs' app is that config plus our Stripe provider on the fake Stripe.
jest.mock("../../medusa-config", () => jest.requireActual("../medusa-config"))

jest.setTimeout(300_000)

/** What needs a card: the Stripe provider, renewals charged through it, and checkouts paying with points and cards. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (suite) => {
    stripeProviderSuite(suite)
    membershipRenewalsSuite(suite)
    pointsCheckoutSuite(suite)
    pointsMallCartSuite(suite)
  },
})
