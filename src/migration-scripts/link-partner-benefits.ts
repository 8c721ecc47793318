import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../modules/membership"
import {
  benefitPartnerLink,
  benefitPartnerLinks,
  type BenefitPartnerRow,
  configPartnerIdOf,
  partnerIdsByBenefit,
} from "../workflows/partners/utils/partner-benefits"

/**
 * Links every live `partner` benefit to the partner its `config.partner_id` names (until the
 * benefit ↔ partner link, the partner lived in the config only). `medusa db:migrate` runs it once,
 * after the link tables are synced; it is idempotent: a benefit already linked is left as it is.
 * Deleted benefits get no link, as the delete workflow dismisses it.
 */
export default async function linkPartnerBenefits({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const benefits = await membership.listMembershipBenefits({ type: "partner" }, { select: ["id", "type", "config"] })
  if (!benefits.length) {
    return
  }
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph(benefitPartnerLinks({ membership_benefit_id: benefits.map((benefit) => benefit.id) }))
  const linked = partnerIdsByBenefit(data as BenefitPartnerRow[])
  const links = benefits.flatMap((benefit) => {
    const partnerId = configPartnerIdOf(benefit)
    return partnerId && !linked.has(benefit.id) ? [benefitPartnerLink(benefit.id, partnerId)] : []
  })
  if (links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  }
  logger.info(`Linked ${links.length} partner benefit(s) to their partner`)
}
