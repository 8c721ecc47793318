import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../../../modules/partner"
import { newestFirst, pageOf } from "../../../../utils/page"
import type { AdminListPartnerAuditParamsType } from "../../validators"

/** What the audit view shows of an entry (not its internal `aggregate_key`). */
const AUDIT_FIELDS = ["id", "partner_id", "key_prefix", "action", "code_fingerprint", "result", "status_code", "ip", "attempts", "created_at", "updated_at"]

/**
 * The partner's API calls (key prefix, action, code fingerprint, result), newest first, paginated;
 * filtered by action and result. A call the guard refused (revoked key, suspended partner, wrong
 * secret) is logged without a partner, so it is found by the prefix of one of the partner's keys;
 * refused calls are counted (`attempts`), one entry per prefix, address, action, result and minute.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPartnerAuditParamsType>, res: MedusaResponse) => {
  const { limit, offset, action, result } = req.validatedQuery as AdminListPartnerAuditParamsType
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  await partners.retrievePartner(req.params.id)
  const prefixes = (await partners.listPartnerApiKeys({ partner_id: req.params.id }, { select: ["prefix"], withDeleted: true })).map(
    (key) => key.prefix
  )
  const ofPartner = prefixes.length
    ? { $or: [{ partner_id: req.params.id }, { partner_id: null, key_prefix: prefixes }] }
    : { partner_id: req.params.id }
  const [entries, count] = await partners.listAndCountPartnerAuditEntries(
    { ...ofPartner, ...(action ? { action } : {}), ...(result ? { result } : {}) },
    { select: AUDIT_FIELDS, ...newestFirst({ limit, offset }) }
  )
  res.json({ audit_entries: entries, ...pageOf(entries, { count, skip: offset, take: limit }) })
}
