import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueWorkflow } from "../lib/run-due-workflow"
import { unlockPointsLotsWorkflow } from "../workflows/points/workflows/unlock-points-lots"
import { jobSchedule } from "../lib/job-schedule"

/** Hourly: records the unlock of points whose pending period is over. */
export default async function unlockPointsJob(container: MedusaContainer) {
  await runDueWorkflow(container, unlockPointsLotsWorkflow, "Points unlock")
}

export const config = {
  name: "points-unlock",
  schedule: jobSchedule("points-unlock", "5 * * * *"),
}
