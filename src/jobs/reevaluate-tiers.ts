import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reevaluateTiersWorkflow } from "../workflows/tiers/workflows/reevaluate-tiers"
import { jobSchedule } from "../lib/job-schedule"

/** Nightly: growth leaves the window, tiers follow the program's downgrade policy. */
export default async function reevaluateTiersJob(container: MedusaContainer) {
  const { result: summary } = await reevaluateTiersWorkflow(container).run({ input: { now: new Date() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Tier re-evaluation run: ${JSON.stringify(summary)}`)
}

export const config = {
  name: "membership-tier-reevaluation",
  schedule: jobSchedule("membership-tier-reevaluation", "30 3 * * *"),
}
