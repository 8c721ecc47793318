import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminSuite } from "./partners/admin"
import { apiSuite, partnerApiEnv } from "./partners/api"
import { benefitLinkSuite } from "./partners/benefit-link"
import { storeSuite } from "./partners/store"

jest.setTimeout(400_000)

/**
 * Partners: the admin routes, the partner API (with low rate limits, which its tests reach), the
 * benefit–partner link and the shopper's partner benefits, on one app with the demo store's config.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: partnerApiEnv,
  testSuite: (suite) => {
    adminSuite(suite)
    apiSuite(suite)
    benefitLinkSuite(suite)
    storeSuite(suite)
  },
})
