import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { unlockPointsLotsWorkflow } from "../workflows/points/workflows/unlock-points-lots"
import { jobSchedule } from "../lib/job-schedule"

/** Hourly: records the unlock of points whose pending period is over. */
export default async function unlockPointsJob(container: MedusaContainer) {
  const { result: summary } = await unlockPointsLotsWorkflow(container).run({ input: { now: new Date() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Points unlock run: ${JSON.stringify(summary)}`)
}

export const config = {
  name: "points-unlock",
  schedule: jobSchedule("points-unlock", "5 * * * *"),
}
