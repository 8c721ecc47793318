import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { codeFingerprint, type PartnerAuditInput, type PartnerKeyAuth } from "../../../modules/partner"
import { partnerApiGuard } from "../v1/partner-api-guard"
import { partnerCall, type PartnerApiRequest } from "../v1/partner-call"

const CODE = "Stream-0001"

/** The guard on a fake request and response; the service answers `auth` and records the audit. */
async function guard(url: string, auth: PartnerKeyAuth) {
  const audit: PartnerAuditInput[] = []
  const service = {
    authenticatePartnerKey: async () => auth,
    hitRateLimit: async () => ({ allowed: true, limit: 10, remaining: 9, retry_after_seconds: 60 }),
    hitFailedAuthLimit: async () => ({ allowed: true, limit: 10, remaining: 9, retry_after_seconds: 60 }),
    recordPartnerAudit: async (entry: PartnerAuditInput) => {
      audit.push(entry)
    },
    countRefusedPartnerCall: async (entry: PartnerAuditInput) => {
      audit.push(entry)
    },
  }
  // A request without a body left to read.
  const req = {
    originalUrl: url,
    url,
    ip: "127.0.0.1",
    readableEnded: true,
    get: () => undefined,
    scope: { resolve: () => service },
  } as unknown as PartnerApiRequest
  const fake: Record<string, unknown> = { locals: {}, setHeader: () => undefined, once: () => undefined, json: () => undefined }
  fake.status = () => fake
  const res = fake as unknown as MedusaResponse
  const next = jest.fn() as unknown as MedusaNextFunction
  await partnerApiGuard(req, res, next)
  return { req, audit, next }
}

describe("partner API guard", () => {
  // Medusa's access log (morgan's `:url`) prints `req.originalUrl` when the response ends.
  it("masks the code in the URL the access log prints, for refused and admitted calls", async () => {
    const refused = await guard(`/partners/v1/codes/${CODE}/redeem?x=1`, { prefix: null, reason: "missing" })
    expect(refused.req.originalUrl).not.toContain(CODE)
    expect(refused.req.originalUrl).toBe(`/partners/v1/codes/${codeFingerprint(CODE)}/redeem`)
    expect(refused.audit).toEqual([expect.objectContaining({ action: "redeem", code_fingerprint: codeFingerprint(CODE), status_code: 401 })])

    const admitted = await guard(`/partners/v1/codes/${encodeURIComponent(CODE)}`, { key_id: "pkey_1", partner_id: "partner_1", prefix: "abcdefgh" })
    expect(admitted.next).toHaveBeenCalled()
    expect(admitted.req.originalUrl).toBe(`/partners/v1/codes/${codeFingerprint(CODE)}`)
    // What the routes and the audit read of the call is still the code itself.
    expect(partnerCall(admitted.req)).toEqual({ action: "lookup", code: CODE, malformed: false })
  })
})
