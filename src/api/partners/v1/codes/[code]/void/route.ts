import type { MedusaResponse } from "@medusajs/framework/http"
import { voidPartnerCodeWorkflow } from "../../../../../../workflows/partners/workflows/void-partner-code"
import { answerPartner } from "../../../answer-partner"
import { answerOf } from "../../../partner-answers"
import { callerOf, type PartnerApiRequest } from "../../../partner-call"
import { codeChange } from "../../../request-checks"

/** A partner voids a code it redeemed, within the benefit's void window; `Idempotency-Key` optional. */
export const POST = async (req: PartnerApiRequest, res: MedusaResponse) => {
  const change = codeChange(req, false)
  if ("refusal" in change) {
    return answerPartner(req, res, change.refusal)
  }
  const { result } = await voidPartnerCodeWorkflow(req.scope).run({
    input: { partner_id: callerOf(req).partner_id, code: change.code, idempotency_key: change.key },
  })
  await answerPartner(req, res, answerOf(result))
}
