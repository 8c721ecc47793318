import { codeStatus, isoDate, partnerCodeBody, type PartnerCodeRow, toCodeView } from "../codes/code-view"
import type { PartnerResult } from "../types"

const HOUR_MS = 3_600_000

/** The one result for a code that is not there for this partner: unknown, another partner's, or never claimed. */
export const UNKNOWN_CODE: PartnerResult = { outcome: "unknown_code", body: { type: "not_found", message: "Unknown code" } }

export const IDEMPOTENCY_KEY_REUSED: PartnerResult = {
  outcome: "idempotency_key_reused",
  body: { type: "idempotency_key_reused", message: "This Idempotency-Key was used for another request" },
}

/** A code a partner may see: claimed by a member at some point. */
export const visibleToPartner = (row: PartnerCodeRow | undefined): row is PartnerCodeRow => Boolean(row && row.status !== "available")

export type Decision = { result: PartnerResult; change: "redeem" | "void" | null }

/** What redeeming this code comes to at `now`, and whether it becomes redeemed. */
export function decideRedeem(row: PartnerCodeRow | undefined, now: Date): Decision {
  if (!visibleToPartner(row)) {
    return { result: UNKNOWN_CODE, change: null }
  }
  const status = codeStatus(row, now)
  if (status === "redeemed") {
    return {
      result: { outcome: "already_redeemed", body: { type: "already_redeemed", message: "This code was already redeemed", redeemed_at: isoDate(row.redeemed_at) } },
      change: null,
    }
  }
  if (status === "expired") {
    return { result: { outcome: "expired", body: { type: "expired", message: "This code has expired", expires_at: isoDate(row.expires_at) } }, change: null }
  }
  if (status === "void") {
    return { result: { outcome: "void", body: { type: "void", message: "This code was voided" } }, change: null }
  }
  return { result: { outcome: "redeemed", body: {} }, change: "redeem" }
}

/** What voiding this code comes to at `now`: only a redeemed code, within the window after its redemption. */
export function decideVoid(row: PartnerCodeRow | undefined, voidWindowHours: number, now: Date): Decision {
  if (!visibleToPartner(row)) {
    return { result: UNKNOWN_CODE, change: null }
  }
  if (row.status === "void") {
    return { result: { outcome: "void", body: { type: "void", message: "This code was already voided", voided_at: isoDate(row.voided_at) } }, change: null }
  }
  if (row.status !== "redeemed" || !row.redeemed_at) {
    return { result: { outcome: "not_redeemed", body: { type: "not_redeemed", message: "Only a redeemed code can be voided" } }, change: null }
  }
  const closesAt = new Date(row.redeemed_at).getTime() + voidWindowHours * HOUR_MS
  if (now.getTime() > closesAt) {
    return {
      result: {
        outcome: "void_window_closed",
        body: { type: "void_window_closed", message: `Codes can be voided within ${voidWindowHours} hours of redemption`, redeemed_at: isoDate(row.redeemed_at) },
      },
      change: null,
    }
  }
  return { result: { outcome: "voided", body: {} }, change: "void" }
}

/** The body after a change: the code as it is now. */
export const changedCodeResult = (outcome: "redeemed" | "voided", row: PartnerCodeRow, now: Date): PartnerResult => ({
  outcome,
  body: partnerCodeBody(toCodeView(row, now)),
})
