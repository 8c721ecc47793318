import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { benefitUsageSuite } from "./membership/benefit-usage"
import { benefitsSuite } from "./membership/benefits"
import { checkoutSuite } from "./membership/checkout"
import { couponDropsSuite } from "./membership/coupon-drops"
import { growthSuite } from "./membership/growth"
import { insightsSuite } from "./membership/insights"
import { lifecycleSuite } from "./membership/lifecycle"
import { memberDiscountsSuite } from "./membership/member-discounts"
import { memberPricesSuite } from "./membership/member-prices"
import { plansSuite } from "./membership/plans"
import { tiersSuite } from "./membership/tiers"

jest.setTimeout(240_000)

// The demo store's config, which reads the Stripe webhook secret from the environment: none here.
delete process.env.STRIPE_WEBHOOK_SECRET

/**
 * Plans, memberships, tiers and growth, member prices and benefits, insights, over HTTP on the demo
 * store's config. One app for all of them (a boot costs ~16 s); Medusa's runner gives every test
 * a fresh copy of the empty database, so each builds what it needs.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (suite) => {
    plansSuite(suite)
    lifecycleSuite(suite)
    checkoutSuite(suite)
    tiersSuite(suite)
    growthSuite(suite)
    memberPricesSuite(suite)
    memberDiscountsSuite(suite)
    benefitsSuite(suite)
    benefitUsageSuite(suite)
    couponDropsSuite(suite)
    insightsSuite(suite)
  },
})
