import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expirePointsLotsWorkflow } from "../workflows/points/workflows/expire-points-lots"
import { jobSchedule } from "../lib/job-schedule"

/** Daily: takes what is left of expired points lots out of the ledger. */
export default async function expirePointsJob(container: MedusaContainer) {
  const { result: summary } = await expirePointsLotsWorkflow(container).run({ input: { now: new Date() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Points expiry run: ${JSON.stringify(summary)}`)
}

export const config = {
  name: "points-expiry",
  schedule: jobSchedule("points-expiry", "10 0 * * *"),
}
