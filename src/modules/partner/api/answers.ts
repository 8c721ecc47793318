import { codeStatus, isoDate, partnerCodeBody, type PartnerCodeRow, toCodeView } from "../codes/code-view"
import type { PartnerAnswer } from "../types"

const HOUR_MS = 3_600_000

/** The one answer for a code that is not there for this partner: unknown, another partner's, or never claimed. */
export const UNKNOWN_CODE: PartnerAnswer = { status: 404, body: { type: "not_found", message: "Unknown code" } }

export const IDEMPOTENCY_KEY_REUSED: PartnerAnswer = {
  status: 422,
  body: { type: "idempotency_key_reused", message: "This Idempotency-Key was used for another request" },
}

/** A code a partner may see: claimed by a member at some point. */
export const visibleToPartner = (row: PartnerCodeRow | undefined): row is PartnerCodeRow => Boolean(row && row.status !== "available")

export type Decision = { answer: PartnerAnswer; change: "redeem" | "void" | null }

/** What redeeming this code answers at `now`, and whether it becomes redeemed. */
export function decideRedeem(row: PartnerCodeRow | undefined, now: Date): Decision {
  if (!visibleToPartner(row)) {
    return { answer: UNKNOWN_CODE, change: null }
  }
  const status = codeStatus(row, now)
  if (status === "redeemed") {
    return {
      answer: { status: 409, body: { type: "already_redeemed", message: "This code was already redeemed", redeemed_at: isoDate(row.redeemed_at) } },
      change: null,
    }
  }
  if (status === "expired") {
    return { answer: { status: 409, body: { type: "expired", message: "This code has expired", expires_at: isoDate(row.expires_at) } }, change: null }
  }
  if (status === "void") {
    return { answer: { status: 409, body: { type: "void", message: "This code was voided" } }, change: null }
  }
  return { answer: { status: 200, body: {} }, change: "redeem" }
}

/** What voiding this code answers at `now`: only a redeemed code, within the window after its redemption. */
export function decideVoid(row: PartnerCodeRow | undefined, voidWindowHours: number, now: Date): Decision {
  if (!visibleToPartner(row)) {
    return { answer: UNKNOWN_CODE, change: null }
  }
  if (row.status === "void") {
    return { answer: { status: 409, body: { type: "void", message: "This code was already voided", voided_at: isoDate(row.voided_at) } }, change: null }
  }
  if (row.status !== "redeemed" || !row.redeemed_at) {
    return { answer: { status: 409, body: { type: "not_redeemed", message: "Only a redeemed code can be voided" } }, change: null }
  }
  const closesAt = new Date(row.redeemed_at).getTime() + voidWindowHours * HOUR_MS
  if (now.getTime() > closesAt) {
    return {
      answer: {
        status: 409,
        body: { type: "void_window_closed", message: `Codes can be voided within ${voidWindowHours} hours of redemption`, redeemed_at: isoDate(row.redeemed_at) },
      },
      change: null,
    }
  }
  return { answer: { status: 200, body: {} }, change: "void" }
}

/** The 200 body after a change: the code as it is now. */
export const changedCodeAnswer = (row: PartnerCodeRow, now: Date): PartnerAnswer => ({ status: 200, body: partnerCodeBody(toCodeView(row, now)) })
