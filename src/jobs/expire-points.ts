import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueWorkflow } from "../lib/run-due-workflow"
import { expirePointsLotsWorkflow } from "../workflows/points/workflows/expire-points-lots"
import { jobSchedule } from "../lib/job-schedule"

/** Daily: takes what is left of expired points lots out of the ledger. */
export default async function expirePointsJob(container: MedusaContainer) {
  await runDueWorkflow(container, expirePointsLotsWorkflow, "Points expiry")
}

export const config = {
  name: "points-expiry",
  schedule: jobSchedule("points-expiry", "10 0 * * *"),
}
