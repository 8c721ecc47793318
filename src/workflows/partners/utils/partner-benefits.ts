import type { z } from "@medusajs/framework/zod"
import { BENEFIT_CONFIGS, MEMBERSHIP_MODULE } from "../../../modules/membership"
import { PARTNER_MODULE } from "../../../modules/partner"
import MembershipBenefitPartner from "../../../links/membership-benefit-partner"

export type PartnerBenefitConfig = z.output<(typeof BENEFIT_CONFIGS)["partner"]>

/** A stored partner benefit's config with its defaults filled in. */
export const partnerConfigOf = (benefit: { config: unknown }): PartnerBenefitConfig =>
  BENEFIT_CONFIGS.partner.parse(benefit.config ?? {})

/** The partner a benefit's config names (what the admin sends), `null` for another type or none. */
export const configPartnerIdOf = (benefit: { type: string; config: unknown }) =>
  benefit.type === "partner" ? ((benefit.config as { partner_id?: string } | null)?.partner_id ?? null) : null

/** The link of a benefit to its partner, as `link.create` / `link.dismiss` (and their steps) take it. */
export const benefitPartnerLink = (benefitId: string, partnerId: string) => ({
  [MEMBERSHIP_MODULE]: { membership_benefit_id: benefitId },
  [PARTNER_MODULE]: { partner_id: partnerId },
})

export type BenefitPartnerRow = { membership_benefit_id: string; partner_id: string }

/**
 * Query's input for the benefit → partner links (the source of truth for a partner benefit's
 * partner) of some benefits, or of one partner: `query.graph(benefitPartnerLinks({ … }))`.
 */
export const benefitPartnerLinks = (filters: { membership_benefit_id?: string | string[]; partner_id?: string | string[] }) => ({
  entity: MembershipBenefitPartner.entryPoint,
  fields: ["membership_benefit_id", "partner_id"],
  filters,
})

/** Each benefit's linked partner, by benefit id. */
export const partnerIdsByBenefit = (rows: BenefitPartnerRow[]) => new Map(rows.map((row) => [row.membership_benefit_id, row.partner_id]))

/**
 * What keeps a benefit's partner link in step with the partner its config names: the link to
 * dismiss (another partner's) and the one to create. Nothing for a benefit linked as it says, or
 * of another type without a link.
 */
export function partnerLinkChanges(benefit: { id: string; type: string; config: unknown }, linked: BenefitPartnerRow[]) {
  const partnerId = configPartnerIdOf(benefit)
  const current = linked.find((row) => row.membership_benefit_id === benefit.id)?.partner_id ?? null
  if (current === partnerId) {
    return { dismiss: [], create: [] }
  }
  return {
    dismiss: current ? [benefitPartnerLink(benefit.id, current)] : [],
    create: partnerId ? [benefitPartnerLink(benefit.id, partnerId)] : [],
  }
}
