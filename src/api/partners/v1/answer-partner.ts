import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerAnswer } from "./partner-answers"
import { fingerprintOf, partnerCall, type PartnerApiRequest, partnerService } from "./partner-call"

/** The audit's `result` of an answer: `ok`, or the answer's error type. */
export const resultOf = (answer: PartnerAnswer) => (answer.status < 300 ? "ok" : String(answer.body.type ?? "error"))

/**
 * Records the call in the partner audit log, then sends the answer. The entry is written
 * before the answer, so whoever got the answer finds it in the log. `refused`: a call the guard
 * refused (a key it did not accept, or over a rate limit), with the refused key's prefix when it
 * had one and why; refusals are counted in one entry per prefix, address, action and minute, so
 * a flood of them cannot flood the log.
 */
export async function answerPartner(
  req: PartnerApiRequest,
  res: MedusaResponse,
  answer: PartnerAnswer,
  refused?: { result: string; key_prefix: string | null }
) {
  const call = partnerCall(req)
  const entry = {
    partner_id: req.partnerCaller?.partner_id ?? null,
    key_prefix: req.partnerCaller?.prefix ?? refused?.key_prefix ?? null,
    action: call.action,
    code_fingerprint: fingerprintOf(call.code),
    result: refused?.result ?? resultOf(answer),
    status_code: answer.status,
    ip: req.ip ?? null,
  }
  const service = partnerService(req)
  await (refused ? service.countRefusedPartnerCall(entry) : service.recordPartnerAudit(entry))
  res.locals.partnerAudited = true
  res.status(answer.status).json(answer.body)
}
