/**
 * What the partner API writes to the audit log (`src/api/partner-api-middlewares.ts`,
 * `src/api/partners/partner-api.ts`): its actions, and the results of its answers — `ok`, an
 * answer's error `type`, a refused key's reason, or `error` for an unexpected failure. The
 * admin's audit filters accept these only; the admin page offers the same lists.
 */
export const PARTNER_AUDIT_ACTIONS = ["lookup", "redeem", "void"] as const

export const PARTNER_AUDIT_RESULTS = [
  "ok",
  "not_found",
  "already_redeemed",
  "expired",
  "void",
  "not_redeemed",
  "void_window_closed",
  "idempotency_key_reused",
  "invalid_data",
  "unauthorized",
  "revoked_key",
  "partner_suspended",
  "rate_limited",
  "error",
] as const
