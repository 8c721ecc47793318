import type { MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { answerPartner, fingerprintOf, maskCodeInUrl, partnerCall, type PartnerApiRequest, partnerService } from "./partners/partner-api"

const UNAUTHORIZED = { type: "unauthorized", message: "A valid partner API key is required (Authorization: Bearer mpk_…)" }
const AUDIT_RESULT = { missing: "unauthorized", invalid: "unauthorized", revoked: "revoked_key", suspended: "partner_suspended" } as const

/**
 * The partner API's guard: the API key (`Authorization: Bearer`) → the key's rate limit,
 * counted in Postgres so every instance shares it → the route. Every refusal is written to
 * the audit log; a call whose route did not write its own entry (an unexpected error) is
 * written when its answer is sent. Missing, unknown and revoked keys get one identical 401.
 * First, the code in the URL is masked for the access log.
 */
export async function partnerApiGuard(req: PartnerApiRequest, res: MedusaResponse, next: MedusaNextFunction) {
  maskCodeInUrl(req)
  const service = partnerService(req)
  const now = new Date()
  const auth = await service.authenticatePartnerKey(req.get("authorization"), now)
  if (!("key_id" in auth)) {
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
    await answerPartner(req, res, {
      status: 429,
      body: { type: "rate_limited", message: `At most ${rate.limit} calls per minute; retry in ${rate.retry_after_seconds} s` },
    })
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

/**
 * The partner API (spread into `middlewares.ts`). Not Medusa's admin or store auth: partners
 * call `/partners/v1/codes/*` with their own API keys; `/partners/v1/openapi.json` is public.
 */
export const partnerApiMiddlewares: MiddlewareRoute[] = [{ matcher: "/partners/v1/codes*", middlewares: [partnerApiGuard] }]
