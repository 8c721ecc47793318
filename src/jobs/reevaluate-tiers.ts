import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueWorkflow } from "../lib/run-due-workflow"
import { reevaluateTiersWorkflow } from "../workflows/tiers/workflows/reevaluate-tiers"
import { jobSchedule } from "../lib/job-schedule"

/** Nightly: growth leaves the window, tiers follow the program's downgrade policy. */
export default async function reevaluateTiersJob(container: MedusaContainer) {
  await runDueWorkflow(container, reevaluateTiersWorkflow, "Tier re-evaluation")
}

export const config = {
  name: "membership-tier-reevaluation",
  schedule: jobSchedule("membership-tier-reevaluation", "30 3 * * *"),
}
