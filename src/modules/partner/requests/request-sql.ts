import type { PartnerAuditEntry } from "../../../types/http"
import type { PartnerOutcome, PartnerResult, SqlStatement } from "../types"

const LIVE = "deleted_at IS NULL"

export type StoredRequest = {
  id: string
  request: string
  outcome: PartnerOutcome | null
  status_code: number | null
  response: Record<string, unknown>
}

/**
 * A stored request's result. Rows stored before outcomes have none but the HTTP status the
 * module then decided: 2xx was the change asked for, 404 the unknown code, and every other
 * status carried its outcome as the body's `type`.
 */
export function storedResult(stored: StoredRequest): PartnerResult {
  if (stored.outcome) {
    return { outcome: stored.outcome, body: stored.response }
  }
  const status = Number(stored.status_code)
  const outcome: PartnerOutcome =
    status < 300 ? (stored.request.startsWith("void:") ? "voided" : "redeemed") : status === 404 ? "unknown_code" : (stored.response.type as PartnerOutcome)
  return { outcome, body: stored.response }
}

/**
 * Takes an `Idempotency-Key` for a request before acting on it. A concurrent request with the
 * same key waits here until this transaction ends, then inserts nothing and replays the answer.
 */
export const claimRequestKeyStatement = (id: string, partnerId: string, key: string, request: string): SqlStatement => ({
  sql: `INSERT INTO partner_request (id, partner_id, idempotency_key, request, response)
VALUES (?, ?, ?, ?, '{}'::jsonb)
ON CONFLICT (partner_id, idempotency_key) WHERE ${LIVE} DO NOTHING
RETURNING id`,
  bindings: [id, partnerId, key, request],
})

export const storedRequestStatement = (partnerId: string, key: string): SqlStatement => ({
  sql: `SELECT id, request, outcome, status_code, response FROM partner_request WHERE partner_id = ? AND idempotency_key = ? AND ${LIVE}`,
  bindings: [partnerId, key],
})

/** Stores the result and returns it as stored: jsonb orders keys its own way, and replays must match the first answer. */
export const saveResultStatement = (id: string, result: PartnerResult): SqlStatement => ({
  sql: `UPDATE partner_request SET outcome = ?, response = ?::jsonb, updated_at = now() WHERE id = ? RETURNING id, request, outcome, status_code, response`,
  bindings: [result.outcome, JSON.stringify(result.body), id],
})

export const deleteRequestStatement = (partnerId: string, key: string, request: string): SqlStatement => ({
  sql: `DELETE FROM partner_request WHERE partner_id = ? AND idempotency_key = ? AND request = ?`,
  bindings: [partnerId, key, request],
})

/**
 * Counts one call of a key in its current window, shared by every instance, and returns the
 * window's hits; in the same statement, records the key's use at most once a minute (so busy keys
 * do not write it on every call).
 */
export const hitWindowStatement = (id: string, keyId: string, windowStart: Date, now: Date): SqlStatement => ({
  sql: `WITH touched AS (
  UPDATE partner_api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?) RETURNING id
)
INSERT INTO partner_rate_window (id, key_id, window_start, hits) VALUES (?, ?, ?, 1)
ON CONFLICT (key_id, window_start) WHERE ${LIVE} DO UPDATE SET hits = partner_rate_window.hits + 1, updated_at = now()
RETURNING hits`,
  bindings: [now, keyId, new Date(now.getTime() - 60_000), id, keyId, windowStart],
})

/** Counts one hit in each of several windows (distinct keys, one start) at once; returns each window's hits. */
export const hitWindowsStatement = (windows: { id: string; key_id: string }[], windowStart: Date): SqlStatement => ({
  sql: `INSERT INTO partner_rate_window (id, key_id, window_start, hits) VALUES ${windows.map(() => "(?, ?, ?, 1)").join(", ")}
ON CONFLICT (key_id, window_start) WHERE ${LIVE} DO UPDATE SET hits = partner_rate_window.hits + 1, updated_at = now()
RETURNING key_id, hits`,
  bindings: windows.flatMap((window) => [window.id, window.key_id, windowStart]),
})

/**
 * Counts a refused call in its entry (one per `aggregate_key`); the code's fingerprint stays only
 * while every attempt named the same code.
 */
export const countRefusalStatement = (
  id: string,
  entry: Pick<PartnerAuditEntry, "key_prefix" | "action" | "code_fingerprint" | "result" | "status_code" | "ip"> & { partner_id: string | null },
  aggregateKey: string
): SqlStatement => ({
  sql: `INSERT INTO partner_audit_entry (id, partner_id, key_prefix, action, code_fingerprint, result, status_code, ip, attempts, aggregate_key)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
ON CONFLICT (aggregate_key) WHERE aggregate_key IS NOT NULL AND ${LIVE} DO UPDATE SET
  attempts = partner_audit_entry.attempts + 1,
  code_fingerprint = CASE WHEN partner_audit_entry.code_fingerprint = EXCLUDED.code_fingerprint THEN EXCLUDED.code_fingerprint END,
  updated_at = now()`,
  bindings: [id, entry.partner_id, entry.key_prefix, entry.action, entry.code_fingerprint, entry.result, entry.status_code, entry.ip, aggregateKey],
})

export const purgeWindowsStatement = (before: Date): SqlStatement => ({
  sql: `DELETE FROM partner_rate_window WHERE window_start < ? RETURNING id`,
  bindings: [before],
})

/** A live key by its prefix, with whether its partner is live and active. */
export const keyByPrefixStatement = (prefix: string): SqlStatement => ({
  sql: `SELECT k.id, k.partner_id, k.prefix, k.key_hash, k.revoked_at, (p.status = 'active') IS TRUE AS partner_active
FROM partner_api_key k LEFT JOIN partner p ON p.id = k.partner_id AND p.${LIVE}
WHERE k.prefix = ? AND k.${LIVE}`,
  bindings: [prefix],
})

export const insertAuditStatement = (
  id: string,
  entry: Pick<PartnerAuditEntry, "key_prefix" | "action" | "code_fingerprint" | "result" | "status_code" | "ip"> & { partner_id: string | null }
): SqlStatement => ({
  sql: `INSERT INTO partner_audit_entry (id, partner_id, key_prefix, action, code_fingerprint, result, status_code, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  bindings: [id, entry.partner_id, entry.key_prefix, entry.action, entry.code_fingerprint, entry.result, entry.status_code, entry.ip],
})
