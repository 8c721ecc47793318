import { createHash, randomBytes, timingSafeEqual } from "crypto"

const PREFIX_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
const KEY_FORMAT = /^mpk_([0-9a-hjkmnp-tv-z]{8})_([A-Za-z0-9_-]{43})$/

/** SHA-256 hex of a whole key: what is stored instead of the key. */
export const apiKeyHash = (key: string) => createHash("sha256").update(key, "utf8").digest("hex")

/** A hash no key has, compared against when the prefix is unknown so that case costs the same. */
export const DUMMY_KEY_HASH = apiKeyHash("mpk_00000000_unknown")

/** A new key `mpk_<prefix>_<secret>`: 8 random lowercase base32 characters, then 32 random bytes in base64url. */
export function generateApiKey(): { key: string; prefix: string; key_hash: string } {
  const prefix = Array.from(randomBytes(8), (byte) => PREFIX_ALPHABET[byte % 32]).join("")
  const key = `mpk_${prefix}_${randomBytes(32).toString("base64url")}`
  return { key, prefix, key_hash: apiKeyHash(key) }
}

/** The key of an `Authorization: Bearer <key>` header (or a bare key); null when absent. */
export function keyFromBearer(bearer: string | undefined | null): string | null {
  const value = bearer?.trim()
  if (!value) {
    return null
  }
  const match = /^Bearer\s+(\S+)$/i.exec(value)
  return match ? match[1] : value
}

/** The prefix of a well-formed key, or null. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_FORMAT.exec(key)?.[1] ?? null
}

export function sameKeyHash(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"))
}
