import { createHash, randomBytes, timingSafeEqual } from "crypto"

/** Crockford's base32 digits (no I, L, O, U) and the five extra symbols of its mod-37 check character. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const CHECK_SYMBOLS = `${CROCKFORD}*~$=U`
const GROUPS = 4
const GROUP_LENGTH = 5

/** `XXXXX-XXXXX-XXXXX-XXXXX-C`: four groups of Crockford digits and the check character. */
const GENERATED_FORMAT = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){3}-[0-9A-HJKMNP-TV-Z*~$=U]$/

/** The Crockford check character of a string of Crockford digits: the number they spell, mod 37. */
export function crockfordCheckSymbol(digits: string): string {
  let remainder = 0
  for (const digit of digits) {
    remainder = (remainder * 32 + CROCKFORD.indexOf(digit)) % 37
  }
  return CHECK_SYMBOLS[remainder]
}

/** A new code: 20 random Crockford digits in groups of five, then their check character. */
export function generatePartnerCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH)
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  const digits = Array.from(bytes, (byte) => CROCKFORD[byte % 32]).join("")
  const groups = digits.match(new RegExp(`.{${GROUP_LENGTH}}`, "g")) as string[]
  return `${groups.join("-")}-${crockfordCheckSymbol(digits)}`
}

export function looksGenerated(code: string): boolean {
  return GENERATED_FORMAT.test(code)
}

/** Whether a code in our generated format carries the right check character. */
export function hasValidCheckSymbol(code: string): boolean {
  if (!looksGenerated(code)) {
    return false
  }
  const digits = code.slice(0, -2).replace(/-/g, "")
  return crockfordCheckSymbol(digits) === code.slice(-1)
}

/**
 * The form a code is stored and looked up in: trimmed; a code in our generated format is
 * uppercased (members may type it in any case), any other code stays exactly as imported.
 */
export function normalizeCode(raw: string): string {
  const trimmed = raw.trim()
  const upper = trimmed.toUpperCase()
  return looksGenerated(upper) ? upper : trimmed
}

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex")

/** What lookups go by: SHA-256 (hex) of the normalized code. */
export const codeHash = (normalized: string) => sha256(normalized)

/** What logs and the audit show of a code: the first 12 hex characters of its SHA-256. */
export const codeFingerprint = (normalized: string) => sha256(normalized).slice(0, 12)

/** Constant-time comparison of two strings (false when their lengths differ). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8")
  const right = Buffer.from(b, "utf8")
  if (left.length !== right.length) {
    // Compare anyway so a length mismatch takes as long as a content mismatch.
    timingSafeEqual(left, left)
    return false
  }
  return timingSafeEqual(left, right)
}
