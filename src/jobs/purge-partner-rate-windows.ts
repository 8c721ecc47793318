import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService } from "../modules/partner"
import { jobSchedule } from "../lib/job-schedule"

const HOUR_MS = 3_600_000

/** Every 10 minutes: deletes partner API rate windows older than an hour (only the current minute counts). */
export default async function purgePartnerRateWindowsJob(container: MedusaContainer) {
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  const deleted = await partners.purgeRateWindows(new Date(Date.now() - HOUR_MS))
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Partner rate windows purged: ${deleted}`)
}

export const config = {
  name: "partner-rate-windows-purge",
  schedule: jobSchedule("partner-rate-windows-purge", "*/10 * * * *"),
}
