import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import type PartnerModuleService from "../../../../../modules/partner/service"
import { pageOf } from "../../../../utils/page"
import type { AdminListPartnerImportsParamsType } from "../../validators"

/** The partner's code imports with their reports, newest first, paginated; filtered by benefit. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPartnerImportsParamsType>, res: MedusaResponse) => {
  const { limit, offset, benefit_id } = req.validatedQuery as AdminListPartnerImportsParamsType
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  await partners.retrievePartner(req.params.id)
  const [imports, count] = await partners.listAndCountPartnerCodeImports(
    { partner_id: req.params.id, ...(benefit_id ? { benefit_id } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  res.json({ imports, ...pageOf(imports, { count, skip: offset, take: limit }) })
}
