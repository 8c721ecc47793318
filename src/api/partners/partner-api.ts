import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../modules/partner"
import { codeFingerprint, normalizeCode } from "../../modules/partner"
import { CONTROL_CHARS, MAX_CODE_LENGTH } from "../../modules/partner"
import type { PartnerModuleService } from "../../modules/partner"
import type { PartnerAnswer } from "../../modules/partner"

/** The key a partner API call was authenticated with (set by the guard in `partner-api-middlewares.ts`). */
export type PartnerCaller = { key_id: string; partner_id: string; prefix: string }
export type PartnerAction = "lookup" | "redeem" | "void"
/** `malformed`: the code in the path is not valid percent-encoding. */
export type PartnerCall = { action: PartnerAction; code: string | null; malformed: boolean }
export type PartnerApiRequest = MedusaRequest & { partnerCaller?: PartnerCaller; partnerCall?: PartnerCall }

const MAX_IDEMPOTENCY_KEY_LENGTH = 200
const PRINTABLE = /^[\x20-\x7e]+$/

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

export const invalidData = (message: string): PartnerAnswer => ({ status: 400, body: { type: "invalid_data", message } })

/** The largest request body the partner API accepts (it needs none). */
export const MAX_PARTNER_BODY_BYTES = 16 * 1024

/**
 * The partner API takes no request body, and Medusa's body parsers are off for it (see
 * `partnerApiMiddlewares`) so that a bad body is refused by the guard, after authentication,
 * rather than by Medusa before it. A body is read and dropped here; the 400 answer when it is
 * over `MAX_PARTNER_BODY_BYTES`, or sent as JSON but not JSON.
 */
export function bodyRefusal(req: MedusaRequest): Promise<PartnerAnswer | null> {
  const tooLarge = invalidData(`body: the partner API reads no body; at most ${MAX_PARTNER_BODY_BYTES} bytes`)
  if (Number(req.get("content-length")) > MAX_PARTNER_BODY_BYTES) {
    // Not read: Node discards the rest of the request once the answer is sent.
    return Promise.resolve(tooLarge)
  }
  if (req.readableEnded) {
    return Promise.resolve(null)
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_PARTNER_BODY_BYTES) {
        // Answered now; the listener stays, so the rest of the stream is drained and dropped.
        resolve(tooLarge)
        return
      }
      chunks.push(chunk)
    })
    req.once("error", () => resolve(invalidData("body: could not be read")))
    req.once("end", () => {
      if (size > MAX_PARTNER_BODY_BYTES) {
        return
      }
      const text = Buffer.concat(chunks).toString("utf8")
      if (!text.trim() || !req.is("json")) {
        return resolve(null)
      }
      try {
        JSON.parse(text)
        resolve(null)
      } catch {
        resolve(invalidData("body: not valid JSON"))
      }
    })
  })
}

/** The code in the path, or the 400 answer naming what is wrong with it. */
export function codeParam(req: MedusaRequest): { code: string } | { refusal: PartnerAnswer } {
  const code = req.params.code ?? ""
  if (!code.trim() || code.length > MAX_CODE_LENGTH || CONTROL_CHARS.test(code)) {
    return { refusal: invalidData(`code: must be 1 to ${MAX_CODE_LENGTH} characters without control characters`) }
  }
  return { code }
}

/** The `Idempotency-Key` header (required: 1–200 printable ASCII characters), or the 400 answer. */
export function idempotencyKey(req: MedusaRequest, required: boolean): { key: string | null } | { refusal: PartnerAnswer } {
  const key = req.get("idempotency-key")
  if (key === undefined && !required) {
    return { key: null }
  }
  if (!key || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !PRINTABLE.test(key)) {
    return { refusal: invalidData(`Idempotency-Key header: ${required ? "required, " : ""}1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable characters`) }
  }
  return { key }
}

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

/** The caller set by the guard; routes under `/partners/v1/codes` never run without one. */
export function callerOf(req: PartnerApiRequest): PartnerCaller {
  if (!req.partnerCaller) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The partner API guard did not run for this route")
  }
  return req.partnerCaller
}
