import { MedusaError } from "@medusajs/framework/utils"

/** Calendar days in a time zone: shared by the tier module (check-in days) and the membership module (coupon months). */

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.trim() === "") {
    return false
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone })
    return true
  } catch {
    return false
  }
}

/** "YYYY-MM-DD" of the instant in the IANA zone. Throws a RangeError for an unknown zone. */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at)
  const part = (type: "year" | "month" | "day"): string => parts.find((entry) => entry.type === type)?.value ?? ""
  return `${part("year").padStart(4, "0")}-${part("month").padStart(2, "0")}-${part("day").padStart(2, "0")}`
}

/** The calendar day before a "YYYY-MM-DD" date. */
export function previousLocalDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid date "${date}", expected YYYY-MM-DD`)
  }
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) - 1))
  return day.toISOString().slice(0, 10)
}
