import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../../../modules/partner"
import { newestFirst, pageOf } from "../../../../utils/page"
import type { AdminListPartnerImportsParamsType } from "../../validators"

/**
 * The partner's code imports with their reports, newest first, paginated; filtered by benefit.
 * Each names its benefit (`benefit: { id, name }`, deleted ones too).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPartnerImportsParamsType>, res: MedusaResponse) => {
  const { limit, offset, benefit_id } = req.validatedQuery as AdminListPartnerImportsParamsType
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  await partners.retrievePartner(req.params.id)
  const [rows, count] = await partners.listAndCountPartnerCodeImports(
    { partner_id: req.params.id, ...(benefit_id ? { benefit_id } : {}) },
    newestFirst({ limit, offset })
  )
  const benefitIds = [...new Set(rows.map((row) => row.benefit_id))]
  const benefits = benefitIds.length
    ? await req.scope
        .resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
        .listMembershipBenefits({ id: benefitIds }, { select: ["id", "name"], withDeleted: true })
    : []
  const names = new Map(benefits.map((benefit) => [benefit.id, benefit.name]))
  const imports = rows.map((row) => ({ ...row, benefit: { id: row.benefit_id, name: names.get(row.benefit_id) ?? null } }))
  res.json({ imports, ...pageOf(imports, { count, skip: offset, take: limit }) })
}
