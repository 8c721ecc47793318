import type { PartnerOutcome, PartnerResult } from "../../../modules/partner"

/** An answer of the partner API: HTTP status and JSON body. */
export type PartnerAnswer = { status: number; body: Record<string, unknown> }

/** The HTTP status of each outcome the partner module reports; the one place the partner API decides them. */
export const PARTNER_OUTCOME_STATUS: Record<PartnerOutcome, number> = {
  found: 200,
  redeemed: 200,
  voided: 200,
  unknown_code: 404,
  already_redeemed: 409,
  expired: 409,
  void: 409,
  not_redeemed: 409,
  void_window_closed: 409,
  idempotency_key_reused: 422,
}

/** The answer for a module result: its outcome's status and its body as the module stored it. */
export const answerOf = (result: PartnerResult): PartnerAnswer => ({ status: PARTNER_OUTCOME_STATUS[result.outcome], body: result.body })
