import type { PartnerCodeViewStatus } from "../../types/http"

export type { CodeImportReport, PartnerCodeCounts, PartnerCodeViewStatus } from "../../types/http"

export type PartnerModuleOptions = {
  /** Partner API calls one key may make per minute, counted across every server instance (default 120). */
  rateLimitPerMinute?: number
  /** Failed authentications per key prefix, and per client address, per minute, across every instance (default 10). */
  failedAuthLimitPerMinute?: number
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120
export const DEFAULT_FAILED_AUTH_LIMIT_PER_MINUTE = 10

export type SqlStatement = { sql: string; bindings: unknown[] }

export type ApiKeyView = {
  id: string
  partner_id: string
  name: string
  prefix: string
  last_used_at: Date | null
  revoked_at: Date | null
  created_at: Date
}

export type PartnerKeyAuth =
  | { key_id: string; partner_id: string; prefix: string }
  | { prefix: string | null; reason: "missing" | "invalid" | "revoked" | "suspended" }

export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; retry_after_seconds: number }

export type PartnerAuditInput = {
  partner_id?: string | null
  key_prefix?: string | null
  action: string
  code_fingerprint?: string | null
  result: string
  status_code: number
  ip?: string | null
}

export type PartnerCodeView = {
  id: string
  benefit_id: string
  partner_id: string
  code: string
  fingerprint: string
  status: PartnerCodeViewStatus
  customer_id: string | null
  entitlement_key: string | null
  assigned_at: Date | null
  expires_at: Date | null
  redeemed_at: Date | null
  voided_at: Date | null
}

export type CodeImportInput = {
  partner_id: string
  benefit_id: string
  csv: string
  filename?: string | null
  skip_invalid?: boolean
  created_by?: string | null
  now?: Date
}

export type ClaimPartnerCodeInput = {
  partner_id: string
  benefit_id: string
  customer_id: string
  membership_id?: string | null
  entitlement_key: string
  claim_key: string
  source: "pool" | "generated"
  /** Expiry of the claimed code unless a pool row carries its own. */
  expires_at?: Date | null
  now?: Date
}

/** A claim's code; `prior_expires_at`: a new pool code's own expiry before the claim (null otherwise). */
export type ClaimedPartnerCode = { code: PartnerCodeView; created: boolean; prior_expires_at: Date | null }

/**
 * What a partner's call on a code came to: `found` (a lookup), `redeemed` or `voided` (the
 * change was made), or why not. The partner API decides the HTTP status of each outcome.
 */
export type PartnerOutcome =
  | "found"
  | "redeemed"
  | "voided"
  | "unknown_code"
  | "already_redeemed"
  | "expired"
  | "void"
  | "not_redeemed"
  | "void_window_closed"
  | "idempotency_key_reused"

/** An outcome and the JSON body that tells it, stored with the change for `Idempotency-Key` replays. */
export type PartnerResult = { outcome: PartnerOutcome; body: Record<string, unknown> }

export type RedeemPartnerCodeInput = { partner_id: string; code: string; idempotency_key: string; now?: Date }

export type VoidPartnerCodeInput = {
  partner_id: string
  code: string
  void_window_hours: number
  idempotency_key?: string | null
  now?: Date
}
