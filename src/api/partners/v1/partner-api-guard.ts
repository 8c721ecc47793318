import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { answerPartner } from "./answer-partner"
import { fingerprintOf, maskCodeInUrl, partnerCall, type PartnerApiRequest, partnerService } from "./partner-call"
import { bodyRefusal, invalidData } from "./request-checks"

const UNAUTHORIZED = { type: "unauthorized", message: "A valid partner API key is required (Authorization: Bearer mpk_…)" }
const AUDIT_RESULT = { missing: "unauthorized", invalid: "unauthorized", revoked: "revoked_key", suspended: "partner_suspended" } as const

const rateLimited = (limit: number, retryAfter: number, what: string) => ({
  status: 429,
  body: { type: "rate_limited", message: `At most ${limit} ${what} per minute; retry in ${retryAfter} s` },
})

/**
 * The partner API's guard, the first thing a partner call meets: the code in the URL is masked
 * for the access log → the API key (`Authorization: Bearer`) → the key's rate limit, counted in
 * Postgres so every instance shares it → the code's percent-encoding and the body → the route.
 * Missing, unknown and revoked keys get one identical 401; failed authentications are limited
 * per key prefix and per address (429 beyond), and never hold back a valid key. Every answer is
 * written to the audit log (refusals counted per minute); a call whose route did not write its
 * own entry (an unexpected error) is written when its answer is sent.
 */
export async function partnerApiGuard(req: PartnerApiRequest, res: MedusaResponse, next: MedusaNextFunction) {
  maskCodeInUrl(req)
  const service = partnerService(req)
  const now = new Date()
  const auth = await service.authenticatePartnerKey(req.get("authorization"))
  if (!("key_id" in auth)) {
    const failures = await service.hitFailedAuthLimit({ prefix: auth.prefix, ip: req.ip ?? null }, now)
    if (!failures.allowed) {
      res.setHeader("Retry-After", String(failures.retry_after_seconds))
      const answer = rateLimited(failures.limit, failures.retry_after_seconds, "failed authentications")
      await answerPartner(req, res, answer, { result: "rate_limited", key_prefix: auth.prefix })
      return
    }
    res.setHeader("WWW-Authenticate", 'Bearer realm="partners"')
    await answerPartner(req, res, { status: 401, body: UNAUTHORIZED }, { result: AUDIT_RESULT[auth.reason], key_prefix: auth.prefix })
    return
  }
  req.partnerCaller = auth
  const rate = await service.hitRateLimit(auth.key_id, now)
  res.setHeader("X-RateLimit-Limit", String(rate.limit))
  res.setHeader("X-RateLimit-Remaining", String(rate.remaining))
  if (!rate.allowed) {
    res.setHeader("Retry-After", String(rate.retry_after_seconds))
    await answerPartner(req, res, rateLimited(rate.limit, rate.retry_after_seconds, "calls"), { result: "rate_limited", key_prefix: auth.prefix })
    return
  }
  // Express would fail to decode the code for the route (a 500), so it is refused here.
  if (partnerCall(req).malformed) {
    await answerPartner(req, res, invalidData("code: malformed percent-encoding"))
    return
  }
  const badBody = await bodyRefusal(req)
  if (badBody) {
    await answerPartner(req, res, badBody)
    return
  }
  res.once("finish", () => {
    if (res.locals.partnerAudited) {
      return
    }
    const call = partnerCall(req)
    service
      .recordPartnerAudit({
        partner_id: auth.partner_id,
        key_prefix: auth.prefix,
        action: call.action,
        code_fingerprint: fingerprintOf(call.code),
        result: res.statusCode < 300 ? "ok" : "error",
        status_code: res.statusCode,
        ip: req.ip ?? null,
      })
      .catch(() => undefined)
  })
  next()
}
