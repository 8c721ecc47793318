import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { MEMBERSHIP_MODULE, type MembershipModuleService, BENEFIT_CONFIGS } from "../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"

export type PartnerBenefitConfig = z.output<(typeof BENEFIT_CONFIGS)["partner"]>

/** A stored partner benefit's config with its defaults filled in. */
export const partnerConfigOf = (benefit: { config: unknown }): PartnerBenefitConfig =>
  BENEFIT_CONFIGS.partner.parse(benefit.config ?? {})

/** The partner a stored benefit's config names, `null` for another type. */
export const partnerIdOf = (benefit: { type: string; config: unknown }) =>
  benefit.type === "partner" ? ((benefit.config as { partner_id?: string } | null)?.partner_id ?? null) : null

/**
 * The catalogue's partner benefits fulfilled by `partnerId`, newest first. The partner lives in
 * the JSON config, so the (small) list of partner benefits is filtered in memory.
 */
export async function listPartnerBenefits(container: MedusaContainer, partnerId: string) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const benefits = await membership.listMembershipBenefits({ type: "partner" }, { order: { created_at: "DESC", id: "DESC" } })
  return benefits.filter((benefit) => partnerIdOf(benefit) === partnerId)
}

/** The partner benefit `benefitId` of `partnerId`; any other benefit is a 404. */
export async function retrievePartnerBenefit(container: MedusaContainer, partnerId: string, benefitId: string) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [benefit] = await membership.listMembershipBenefits({ id: benefitId, type: "partner" })
  if (!benefit || partnerIdOf(benefit) !== partnerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner benefit ${benefitId} was not found`)
  }
  return benefit
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * What the config schema alone cannot check for a `partner` benefit: its partner exists, and a
 * benefit that already has codes keeps its partner (the codes are that partner's).
 */
export async function assertPartnerBenefitConfig(
  container: MedusaContainer,
  config: Record<string, unknown>,
  stored?: { id: string; config: unknown }
) {
  const partnerId = String(config.partner_id)
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  const [partner] = await partners.listPartners({ id: partnerId }, { select: ["id"] })
  if (!partner) {
    throw invalid(`config.partner_id: unknown partner ${partnerId}`)
  }
  const storedPartnerId = (stored?.config as { partner_id?: string } | null)?.partner_id
  if (stored && storedPartnerId && storedPartnerId !== partnerId) {
    const [code] = await partners.listPartnerCodes({ benefit_id: stored.id }, { select: ["id"], take: 1 })
    if (code) {
      throw invalid("config.partner_id cannot change once the benefit has codes")
    }
  }
}
