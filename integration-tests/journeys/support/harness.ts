import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import type { AxiosInstance } from "axios"
import { seedDemoStore } from "../../../scripts/seed-demo"
import { explainFailures, type JourneyContext } from "./context"

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
    async settled(event, action) {
      const done = waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS))
      const result = await action()
      await done
      return result
    },
  }
}
