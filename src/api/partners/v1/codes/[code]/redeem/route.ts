import type { MedusaResponse } from "@medusajs/framework/http"
import { redeemPartnerCodeWorkflow } from "../../../../../../workflows/partners/workflows/redeem-partner-code"
import { answerPartner } from "../../../answer-partner"
import { answerOf } from "../../../partner-answers"
import { callerOf, type PartnerApiRequest } from "../../../partner-call"
import { codeChange } from "../../../request-checks"

/**
 * A partner redeems one of its codes. `Idempotency-Key` is required: the same key answers the
 * same, byte for byte; the key used for another code is a 422.
 */
export const POST = async (req: PartnerApiRequest, res: MedusaResponse) => {
  const change = codeChange(req, true)
  if ("refusal" in change) {
    return answerPartner(req, res, change.refusal)
  }
  const { result } = await redeemPartnerCodeWorkflow(req.scope).run({
    input: { partner_id: callerOf(req).partner_id, code: change.code, idempotency_key: change.key as string },
  })
  await answerPartner(req, res, answerOf(result))
}
