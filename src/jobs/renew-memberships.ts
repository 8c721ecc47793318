import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { processDueMembershipsWorkflow } from "../workflows/membership/workflows/process-due-memberships"
import { jobSchedule } from "../lib/job-schedule"

/** Renewals, dunning retries and expiries, every 15 minutes (on the worker instance). */
export default async function renewMembershipsJob(container: MedusaContainer) {
  const { result: summary } = await processDueMembershipsWorkflow(container).run({ input: { now: new Date() } })
  if (summary.seen) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Memberships renewal run: ${JSON.stringify(summary)}`)
  }
}

export const config = {
  name: "membership-renewals",
  schedule: jobSchedule("membership-renewals", "*/15 * * * *"),
}
