import type { MedusaResponse } from "@medusajs/framework/http"
import { answerPartner, callerOf, codeParam, idempotencyKey, type PartnerApiRequest, partnerService } from "../../../../partner-api"

/**
 * A partner redeems one of its codes. `Idempotency-Key` is required: the same key answers the
 * same, byte for byte; the key used for another code is a 422.
 */
export const POST = async (req: PartnerApiRequest, res: MedusaResponse) => {
  const param = codeParam(req)
  if ("refusal" in param) {
    return answerPartner(req, res, param.refusal)
  }
  const key = idempotencyKey(req, true)
  if ("refusal" in key) {
    return answerPartner(req, res, key.refusal)
  }
  const answer = await partnerService(req).redeemPartnerCode({
    partner_id: callerOf(req).partner_id,
    code: param.code,
    idempotency_key: key.key as string,
  })
  await answerPartner(req, res, answer)
}
