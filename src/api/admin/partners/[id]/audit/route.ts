import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import type PartnerModuleService from "../../../../../modules/partner/service"
import { pageOf } from "../../../../utils/page"
import type { AdminListPartnerAuditParamsType } from "../../validators"

/** The partner's API calls (key prefix, action, code fingerprint, result), newest first, paginated; filtered by action and result. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPartnerAuditParamsType>, res: MedusaResponse) => {
  const { limit, offset, action, result } = req.validatedQuery as AdminListPartnerAuditParamsType
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  await partners.retrievePartner(req.params.id)
  const [entries, count] = await partners.listAndCountPartnerAuditEntries(
    { partner_id: req.params.id, ...(action ? { action } : {}), ...(result ? { result } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  res.json({ audit_entries: entries, ...pageOf(entries, { count, skip: offset, take: limit }) })
}
