import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settled } from "../../helpers/subscribers"
import type { AxiosInstance } from "axios"
import { seedDemoStore } from "../../../scripts/seed-demo"
import { explainFailures, type JourneyContext } from "./context"
import { type DemoStore, discoverDemo } from "./demo"

/**
 * A journey context for `npm test`: the store seeded by the demo's own seed in the spec's
 * database, the demo admin signed in, subscribers awaited through Medusa's event bus.
 */
export async function seededDemoContext(api: AxiosInstance, getContainer: () => MedusaContainer): Promise<JourneyContext> {
  explainFailures(api)
  const facts = await seedDemoStore(getContainer(), null)
  const { data } = await api.post("/auth/user/emailpass", facts.admin)
  return {
    api,
    publishableKey: facts.publishableKey,
    admin: { headers: { authorization: `Bearer ${data.token}` } },
    partnerKey: facts.partner?.apiKey,
    container: getContainer,
    settled: (event, action) => settled(getContainer(), event, action),
  }
}

/**
 * A spec of journeys: boots Medusa once, seeds it as the demo, and hands the tests the context
 * and the demo's ids. Medusa's runner restores the seeded database before every test, so a story
 * that builds on itself is one test.
 */
export function demoJourneys(tests: (journey: () => { ctx: JourneyContext; demo: DemoStore }) => void) {
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
      tests(() => ({ ctx, demo }))
    },
  })
}
