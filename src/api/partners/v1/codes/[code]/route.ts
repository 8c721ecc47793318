import type { MedusaResponse } from "@medusajs/framework/http"
import { partnerCodeBody, UNKNOWN_CODE } from "../../../../../modules/partner"
import { answerPartner } from "../../answer-partner"
import { answerOf } from "../../partner-answers"
import { callerOf, type PartnerApiRequest, partnerService } from "../../partner-call"
import { codeParam } from "../../request-checks"

/** A partner looks up one of its codes: status and dates, no customer data; anything else is the one 404. */
export const GET = async (req: PartnerApiRequest, res: MedusaResponse) => {
  const param = codeParam(req)
  if ("refusal" in param) {
    return answerPartner(req, res, param.refusal)
  }
  const code = await partnerService(req).partnerCodeLookup(callerOf(req).partner_id, param.code)
  await answerPartner(req, res, answerOf(code ? { outcome: "found", body: partnerCodeBody(code) } : UNKNOWN_CODE))
}
