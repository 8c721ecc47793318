import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueWorkflow } from "../lib/run-due-workflow"
import type { DueRunSummary } from "../workflows/membership/steps/renew-due-memberships"
import { processDueMembershipsWorkflow } from "../workflows/membership/workflows/process-due-memberships"
import { jobSchedule } from "../lib/job-schedule"

/** Renewals, dunning retries and expiries, every 15 minutes (on the worker instance). */
export default async function renewMembershipsJob(container: MedusaContainer) {
  await runDueWorkflow(container, processDueMembershipsWorkflow, "Memberships renewal", (summary: DueRunSummary) => summary.seen > 0)
}

export const config = {
  name: "membership-renewals",
  schedule: jobSchedule("membership-renewals", "*/15 * * * *"),
}
