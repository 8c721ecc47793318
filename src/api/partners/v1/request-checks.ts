import type { MedusaRequest } from "@medusajs/framework/http"
import { CONTROL_CHARS, MAX_CODE_LENGTH } from "../../../modules/partner"
import type { PartnerAnswer } from "./partner-answers"

const MAX_IDEMPOTENCY_KEY_LENGTH = 200
const PRINTABLE = /^[\x20-\x7e]+$/

export const invalidData = (message: string): PartnerAnswer => ({ status: 400, body: { type: "invalid_data", message } })

/** The largest request body the partner API accepts (it needs none). */
export const MAX_PARTNER_BODY_BYTES = 16 * 1024

/**
 * The partner API takes no request body, and Medusa's body parsers are off for it (see
 * `middlewares.ts`) so that a bad body is refused by the guard, after authentication, rather
 * than by Medusa before it. A body is read and dropped here; the 400 answer when it is over
 * `MAX_PARTNER_BODY_BYTES`, or sent as JSON but not JSON.
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

/** A change to a code (redeem, void): the code in the path, then the `Idempotency-Key`; or the first 400 answer. */
export function codeChange(req: MedusaRequest, keyRequired: boolean): { code: string; key: string | null } | { refusal: PartnerAnswer } {
  const param = codeParam(req)
  if ("refusal" in param) {
    return param
  }
  const key = idempotencyKey(req, keyRequired)
  return "refusal" in key ? key : { code: param.code, key: key.key }
}
