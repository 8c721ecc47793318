import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { earningSuite } from "./points/earning"
import { mallSuite } from "./points/mall"

jest.setTimeout(300_000)

/** Points earned from orders, adjusted, unlocked and expired, and the points mall, on one app with the demo store's config. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (suite) => {
    earningSuite(suite)
    mallSuite(suite)
  },
})
