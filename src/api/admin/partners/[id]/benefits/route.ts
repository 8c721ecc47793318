import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../../../modules/partner"
import { benefitPartnerLinks, type BenefitPartnerRow, partnerConfigOf } from "../../../../../workflows/partners/utils/partner-benefits"
import type { AdminListPartnerBenefitsParamsType } from "../../validators"

const NO_CODES = { available: 0, assigned: 0, redeemed: 0, void: 0, expired: 0 }

/**
 * The catalogue's benefits linked to this partner, newest first, each with its codes counted
 * by status and, for a pool, `low_stock` when fewer than its threshold are left to claim.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPartnerBenefitsParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminListPartnerBenefitsParamsType
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  await partners.retrievePartner(req.params.id)
  const { data: links } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(benefitPartnerLinks({ partner_id: req.params.id }))
  const ids = (links as BenefitPartnerRow[]).map((link) => link.membership_benefit_id)
  const all = ids.length
    ? await req.scope
        .resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
        .listMembershipBenefits({ id: ids, type: "partner" }, { order: { created_at: "DESC", id: "DESC" } })
    : []
  const page = all.slice(offset, offset + limit)
  const counts = page.length ? await partners.codeCounts(page.map((benefit) => benefit.id)) : {}
  const benefits = page.map((benefit) => {
    const config = partnerConfigOf(benefit)
    const codes = counts[benefit.id] ?? NO_CODES
    return { ...benefit, codes, low_stock: config.code_source === "pool" && codes.available < config.low_stock_threshold }
  })
  res.json({ benefits, count: all.length, offset, limit })
}
