import type { MedusaResponse } from "@medusajs/framework/http"
import { voidPartnerCodeWorkflow } from "../../../../../../workflows/partners/workflows/void-partner-code"
import { answerPartner, callerOf, codeParam, idempotencyKey, type PartnerApiRequest } from "../../../../partner-api"

/** A partner voids a code it redeemed, within the benefit's void window; `Idempotency-Key` optional. */
export const POST = async (req: PartnerApiRequest, res: MedusaResponse) => {
  const param = codeParam(req)
  if ("refusal" in param) {
    return answerPartner(req, res, param.refusal)
  }
  const key = idempotencyKey(req, false)
  if ("refusal" in key) {
    return answerPartner(req, res, key.refusal)
  }
  const { result } = await voidPartnerCodeWorkflow(req.scope).run({
    input: { partner_id: callerOf(req).partner_id, code: param.code, idempotency_key: key.key },
  })
  await answerPartner(req, res, result)
}
