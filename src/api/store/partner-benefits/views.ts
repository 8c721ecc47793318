import type { PageParams, PartnerUnclaimableReason } from "../../../types/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { PARTNER_MODULE, type PartnerCodeRow, toCodeView, type PartnerModuleService, type PartnerCodeView } from "../../../modules/partner"
import { benefitPartnerLinks, type BenefitPartnerRow, partnerConfigOf, partnerIdsByBenefit } from "../../../workflows/partners/utils/partner-benefits"
import { shopperBenefits } from "../../../workflows/benefits/queries/shopper-benefits"
import { pageOf } from "../../utils/page"

/** What a shopper sees of one of their codes (not the hash or fingerprint). */
export const storePartnerCodeView = (code: PartnerCodeView, benefitNames: Map<string, string>) => ({
  id: code.id,
  code: code.code,
  status: code.status,
  benefit: { id: code.benefit_id, name: benefitNames.get(code.benefit_id) ?? null },
  entitlement_key: code.entitlement_key,
  assigned_at: code.assigned_at,
  expires_at: code.expires_at,
  redeemed_at: code.redeemed_at,
  voided_at: code.voided_at,
})

/** Why a held benefit cannot be claimed now: its code for this entitlement is already out, or the pool is empty. */

// A code that still holds its entitlement (the claim's unique index counts assigned and redeemed).
const HOLDS_ENTITLEMENT = new Set(["assigned", "redeemed", "expired"])

/**
 * The partner benefits the customer holds now, each with the entitlement a claim would use up,
 * whether they may claim it and the code they already hold for it; and one page of every code
 * they ever claimed, newest first.
 */
export async function shopperPartnerBenefits(
  container: MedusaContainer,
  customerId: string,
  { limit, offset }: PageParams,
  now = new Date()
) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  const held = await shopperBenefits(container, customerId, { types: ["partner"], now })
  const configs = new Map(held.map((benefit) => [benefit.id, partnerConfigOf(benefit)]))
  const heldIds = held.map((benefit) => benefit.id)
  const poolIds = held.filter((benefit) => configs.get(benefit.id)?.code_source === "pool").map((benefit) => benefit.id)
  const { data: links } = heldIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph(benefitPartnerLinks({ membership_benefit_id: heldIds }))
    : { data: [] }
  const partnerOf = partnerIdsByBenefit(links as BenefitPartnerRow[])
  const partnerIds = [...new Set(partnerOf.values())]
  const { timezone } = await container.resolve<TierModuleService>(TIER_MODULE).loadTierProgram()

  const [entitlements, current, counts, partnerRows, [historyRows, count]] = await Promise.all([
    Promise.all(
      held.map((benefit) =>
        membership.partnerEntitlement({
          customer_id: customerId,
          plan_ids: benefit.plan_ids,
          entitlement: configs.get(benefit.id)!.entitlement,
          now,
          timezone,
        })
      )
    ),
    heldIds.length ? partners.listCustomerCodes(customerId, heldIds) : Promise.resolve([]),
    poolIds.length ? partners.codeCounts(poolIds, now) : Promise.resolve({}),
    partnerIds.length ? partners.listPartners({ id: partnerIds }, { select: ["id", "name", "status"] }) : Promise.resolve([]),
    partners.listAndCountPartnerCodes(
      { customer_id: customerId },
      { order: { assigned_at: "DESC", id: "DESC" }, skip: offset, take: limit }
    ),
  ])
  const history = (historyRows as unknown as PartnerCodeRow[]).map((row) => toCodeView(row, now))
  const otherIds = [...new Set(history.map((code) => code.benefit_id))].filter((id) => !heldIds.includes(id))
  const others = otherIds.length
    ? await membership.listMembershipBenefits({ id: otherIds }, { select: ["id", "name"], withDeleted: true })
    : []
  const names = new Map([...held, ...others].map((benefit) => [benefit.id, benefit.name]))
  const partnerById = new Map(partnerRows.map((partner) => [partner.id, partner]))

  const benefits = held.map((benefit, index) => {
    const config = configs.get(benefit.id)!
    const { entitlement_key } = entitlements[index]
    const code = current.find(
      (candidate) => candidate.benefit_id === benefit.id && candidate.entitlement_key === entitlement_key && HOLDS_ENTITLEMENT.has(candidate.status)
    )
    const partner = partnerById.get(partnerOf.get(benefit.id) ?? "")
    const available = (counts as Record<string, { available: number }>)[benefit.id]?.available ?? 0
    const unclaimable: PartnerUnclaimableReason | null =
      partner?.status !== "active" ? "partner_unavailable" : code ? "claimed" : config.code_source === "pool" && available < 1 ? "no_codes_left" : null
    return {
      id: benefit.id,
      name: benefit.name,
      description: benefit.description,
      partner: partner ? { id: partner.id, name: partner.name } : null,
      entitlement: config.entitlement,
      entitlement_key,
      claimable: unclaimable === null,
      unclaimable_reason: unclaimable,
      code: code ? storePartnerCodeView(code, names) : null,
    }
  })
  return {
    benefits,
    codes: history.map((code) => storePartnerCodeView(code, names)),
    ...pageOf(history, { count, skip: offset, take: limit }),
  }
}
