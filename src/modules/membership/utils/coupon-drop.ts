import { randomBytes } from "node:crypto"
import { localDate } from "../../../lib/local-date"

export type { CouponDropConfig } from "../../../types/http"

/** The month a drop belongs to: "YYYY-MM" of `now` in the store's time zone. */
export function couponPeriod(now: Date, timeZone: string): string {
  return localDate(now, timeZone).slice(0, 7)
}

/**
 * When codes issued at `now` stop working: the end of the store's day `valid_days - 1` days
 * after the day they are issued (issued on the 1st with 30 days: through the 30th), so every
 * code a benefit issues on one store day shares one expiry.
 */
export function couponExpiry(now: Date, validDays: number, timeZone: string): Date {
  const [year, month, day] = localDate(now, timeZone).split("-").map(Number)
  return zonedMidnight(year, month, day + validDays, timeZone)
}

/** The instant the day (normalised: day 32 is the next month's 1st) starts in the zone. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day)
  // The zone's offset at the guess, then again at the corrected instant (a DST change between them).
  let instant = wall - zoneOffset(new Date(wall), timeZone)
  instant = wall - zoneOffset(new Date(instant), timeZone)
  return new Date(instant)
}

/** Milliseconds the zone's wall clock is ahead of UTC at `at`. */
function zoneOffset(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at)
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0)
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"))
  return wall - Math.floor(at.getTime() / 1000) * 1000
}

// Crockford's base32 without I, L, O, U: nothing a shopper could misread when typing a code.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** A long random promotion code (100 bits), e.g. "MBR-7K2Q9-..."; guessing one is hopeless. */
export function generateCouponCode(): string {
  const bytes = randomBytes(20)
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % 32])
  return `MBR-${[0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join("")).join("-")}`
}
