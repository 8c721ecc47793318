import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { codeFingerprint, normalizeCode, PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"

/** The key a partner API call was authenticated with (set by the guard in `partner-api-guard.ts`). */
export type PartnerCaller = { key_id: string; partner_id: string; prefix: string }
export type PartnerAction = "lookup" | "redeem" | "void"
/** `malformed`: the code in the path is not valid percent-encoding. */
export type PartnerCall = { action: PartnerAction; code: string | null; malformed: boolean }
export type PartnerApiRequest = MedusaRequest & { partnerCaller?: PartnerCaller; partnerCall?: PartnerCall }

export const partnerService = (req: MedusaRequest) => req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)

/** What a call under `/partners/v1/codes/…` asks for, read from its path once (also before routing). */
export function partnerCall(req: PartnerApiRequest): PartnerCall {
  if (req.partnerCall) {
    return req.partnerCall
  }
  // `originalUrl`: inside a middleware `req.path` is relative to the middleware's matcher.
  const match = /^\/partners\/v1\/codes\/([^/]*)(?:\/(redeem|void))?\/?$/i.exec(req.originalUrl.split("?")[0])
  let code: string | null = null
  let malformed = false
  try {
    code = match ? decodeURIComponent(match[1]) : null
  } catch {
    malformed = true
  }
  req.partnerCall = { action: (match?.[2]?.toLowerCase() as PartnerAction | undefined) ?? "lookup", code, malformed }
  return req.partnerCall
}

/** The audit's trace of a code: its fingerprint, never the code. */
export const fingerprintOf = (code: string | null) => (code ? codeFingerprint(normalizeCode(code)) : null)

/**
 * Replaces the code in `req.originalUrl` by its fingerprint, so that Medusa's access log (which
 * prints `originalUrl` when the response ends) never shows a code. Routing goes by `req.url`.
 */
export function maskCodeInUrl(req: PartnerApiRequest) {
  const call = partnerCall(req)
  const action = call.action === "lookup" ? "" : `/${call.action}`
  req.originalUrl = `/partners/v1/codes/${fingerprintOf(call.code) ?? "-"}${action}`
}

/** The caller set by the guard; routes under `/partners/v1/codes` never run without one. */
export function callerOf(req: PartnerApiRequest): PartnerCaller {
  if (!req.partnerCaller) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The partner API guard did not run for this route")
  }
  return req.partnerCaller
}
