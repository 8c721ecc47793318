import type { SqlStatement } from "../types"

const LIVE = "deleted_at IS NULL"
const codeColumns = (alias = "") =>
  ["id", "partner_id", "benefit_id", "code", "code_hash", "fingerprint", "status", "customer_id", "entitlement_key", "assigned_at", "expires_at", "redeemed_at", "voided_at"]
    .map((column) => `${alias}${column}`)
    .join(", ")
const CODE_COLUMNS = codeColumns()

/** Holds an advisory lock on `key` (shared by every instance) until the transaction ends. */
const advisoryLockStatement = (key: string): SqlStatement => ({
  sql: `SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) AS locked`,
  bindings: [key],
})

/** Serializes claims of one benefit, customer and entitlement. */
export const lockEntitlementStatement = (benefitId: string, customerId: string, entitlementKey: string): SqlStatement =>
  advisoryLockStatement(`partner_claim:${benefitId}:${customerId}:${entitlementKey}`)

/** Serializes a partner's imports: a code in two files imported at once is imported once, and the other reports it as already there. */
export const lockPartnerImportsStatement = (partnerId: string): SqlStatement => advisoryLockStatement(`partner_import:${partnerId}`)

export const codeByClaimKeyStatement = (claimKey: string): SqlStatement => ({
  sql: `SELECT ${CODE_COLUMNS} FROM partner_code WHERE claim_key = ? AND ${LIVE}`,
  bindings: [claimKey],
})

export const liveEntitlementCodeStatement = (benefitId: string, customerId: string, entitlementKey: string): SqlStatement => ({
  sql: `SELECT ${CODE_COLUMNS} FROM partner_code
WHERE benefit_id = ? AND customer_id = ? AND entitlement_key = ? AND status IN ('assigned', 'redeemed') AND ${LIVE}`,
  bindings: [benefitId, customerId, entitlementKey],
})

export type AssignFields = {
  customer_id: string
  membership_id: string | null
  entitlement_key: string
  claim_key: string
  now: Date
  expires_at: Date | null
}

/** The values of an assignment's columns, in the order both statements below write them: customer_id, membership_id, entitlement_key, claim_key, assigned_at, expires_at. */
const assignmentBindings = (fields: AssignFields) => [
  fields.customer_id,
  fields.membership_id,
  fields.entitlement_key,
  fields.claim_key,
  fields.now,
  fields.expires_at,
]

/**
 * Assigns the oldest unexpired available code of the benefit in one statement; codes other
 * claims hold locked are skipped, so concurrent claims take different codes. Also returns the
 * code's own expiry from before the claim (`prior_expires_at`), which a release puts back.
 */
export function assignPoolCodeStatement(partnerId: string, benefitId: string, fields: AssignFields): SqlStatement {
  return {
    sql: `WITH picked AS (
  SELECT id, expires_at FROM partner_code
  WHERE partner_id = ? AND benefit_id = ? AND status = 'available' AND ${LIVE} AND (expires_at IS NULL OR expires_at > ?)
  ORDER BY created_at, id LIMIT 1
  FOR UPDATE SKIP LOCKED
)
UPDATE partner_code c SET status = 'assigned', customer_id = ?, membership_id = ?, entitlement_key = ?, claim_key = ?,
  assigned_at = ?, expires_at = COALESCE(picked.expires_at, ?::timestamptz), updated_at = now()
FROM picked
WHERE c.id = picked.id
RETURNING ${codeColumns("c.")}, picked.expires_at AS prior_expires_at`,
    bindings: [partnerId, benefitId, fields.now, ...assignmentBindings(fields)],
  }
}

export type NewCode = { id: string; code: string; code_hash: string; fingerprint: string }

/** Inserts a generated code already assigned; nothing is returned if its hash is taken. */
export function insertGeneratedCodeStatement(partnerId: string, benefitId: string, code: NewCode, fields: AssignFields): SqlStatement {
  return {
    sql: `INSERT INTO partner_code (id, partner_id, benefit_id, code, code_hash, fingerprint, source, status, customer_id, membership_id,
  entitlement_key, claim_key, assigned_at, expires_at)
VALUES (?, ?, ?, ?, ?, ?, 'generated', 'assigned', ?, ?, ?, ?, ?, ?)
ON CONFLICT (partner_id, code_hash) WHERE ${LIVE} DO NOTHING
RETURNING ${CODE_COLUMNS}`,
    bindings: [code.id, partnerId, benefitId, code.code, code.code_hash, code.fingerprint, ...assignmentBindings(fields)],
  }
}

/** A partner's code by hash; `lock` holds it for a state change. */
export const partnerCodeByHashStatement = (partnerId: string, hash: string, lock = false): SqlStatement => ({
  sql: `SELECT ${CODE_COLUMNS} FROM partner_code WHERE partner_id = ? AND code_hash = ? AND ${LIVE}${lock ? " FOR UPDATE" : ""}`,
  bindings: [partnerId, hash],
})

export const customerCodesStatement = (customerId: string, benefitIds: string[] | null): SqlStatement => ({
  sql: `SELECT ${CODE_COLUMNS} FROM partner_code WHERE customer_id = ? AND ${LIVE}
${benefitIds ? "AND benefit_id IN (SELECT jsonb_array_elements_text(?::jsonb))" : ""}
ORDER BY assigned_at DESC, id DESC`,
  bindings: benefitIds ? [customerId, JSON.stringify(benefitIds)] : [customerId],
})

/** Codes per benefit and status; an available or assigned code past its expiry counts as `expired`. */
export const codeCountsStatement = (benefitIds: string[], now: Date): SqlStatement => ({
  sql: `SELECT benefit_id,
  CASE WHEN status IN ('available', 'assigned') AND expires_at IS NOT NULL AND expires_at <= ? THEN 'expired' ELSE status END AS status,
  count(*)::int AS count
FROM partner_code
WHERE benefit_id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND ${LIVE}
GROUP BY 1, 2`,
  bindings: [now, JSON.stringify(benefitIds)],
})

export const markRedeemedStatement = (id: string, now: Date): SqlStatement => ({
  sql: `UPDATE partner_code SET status = 'redeemed', redeemed_at = ?, updated_at = now() WHERE id = ? AND status = 'assigned' RETURNING ${CODE_COLUMNS}`,
  bindings: [now, id],
})

/**
 * A partner's code by hash, and the request its `Idempotency-Key` already stored, if any: what a
 * redemption reads before its write.
 */
export const codeAndRequestStatement = (partnerId: string, hash: string, idempotencyKey: string): SqlStatement => ({
  sql: `SELECT ${CODE_COLUMNS},
  (SELECT to_jsonb(r) FROM (SELECT id, request, outcome, status_code, response FROM partner_request
    WHERE partner_id = ? AND idempotency_key = ? AND ${LIVE}) r) AS stored_request
FROM (SELECT 1) one LEFT JOIN partner_code ON partner_id = ? AND code_hash = ? AND ${LIVE}`,
  bindings: [partnerId, idempotencyKey, partnerId, hash],
})

/**
 * A redemption in one statement, so without a transaction: the code becomes redeemed if it is
 * still assigned, unexpired and as read (`expires_at`), and the request row is inserted with its
 * result, or neither. Nothing is returned when the code changed since it was read. A concurrent
 * request with the same key makes the insert fail on the unique index, which undoes the update.
 */
export const redeemWithResultStatement = (
  code: { id: string; expires_at: Date | string | null },
  request: { id: string; partner_id: string; idempotency_key: string; request: string },
  body: Record<string, unknown>,
  now: Date
): SqlStatement => ({
  sql: `WITH redeemed AS (
  UPDATE partner_code SET status = 'redeemed', redeemed_at = ?, updated_at = now()
  WHERE id = ? AND status = 'assigned' AND ${LIVE} AND expires_at IS NOT DISTINCT FROM ?::timestamptz AND (expires_at IS NULL OR expires_at > ?)
  RETURNING id
)
INSERT INTO partner_request (id, partner_id, idempotency_key, request, outcome, response)
SELECT ?, ?, ?, ?, 'redeemed', ?::jsonb FROM redeemed
RETURNING id, request, outcome, status_code, response`,
  bindings: [
    now,
    code.id,
    code.expires_at === null ? null : new Date(code.expires_at),
    now,
    request.id,
    request.partner_id,
    request.idempotency_key,
    request.request,
    JSON.stringify(body),
  ],
})

export const markVoidStatement = (id: string, now: Date): SqlStatement => ({
  sql: `UPDATE partner_code SET status = 'void', voided_at = ?, updated_at = now() WHERE id = ? AND status = 'redeemed' RETURNING ${CODE_COLUMNS}`,
  bindings: [now, id],
})

/**
 * Undoes a void (the compensation of the void workflow). Returns nothing when the freed
 * entitlement was claimed again meanwhile: the unique index would refuse two live codes.
 */
export const unvoidStatement = (id: string): SqlStatement => ({
  sql: `UPDATE partner_code c SET status = 'redeemed', voided_at = NULL, updated_at = now()
WHERE c.id = ? AND c.status = 'void' AND NOT EXISTS (
  SELECT 1 FROM partner_code o WHERE o.benefit_id = c.benefit_id AND o.customer_id = c.customer_id
    AND o.entitlement_key = c.entitlement_key AND o.status IN ('assigned', 'redeemed') AND o.deleted_at IS NULL
)
RETURNING id`,
  bindings: [id],
})

/** Which of these hashes the partner already has. */
export const existingHashesStatement = (partnerId: string, hashes: string[]): SqlStatement => ({
  sql: `SELECT code_hash FROM partner_code WHERE partner_id = ? AND ${LIVE} AND code_hash IN (SELECT jsonb_array_elements_text(?::jsonb))`,
  bindings: [partnerId, JSON.stringify(hashes)],
})

/** `seq`: the code's place in the file; claims take pool codes in file order. */
export type PoolCode = { id: string; seq: number; code: string; code_hash: string; fingerprint: string; expires_at: Date | null }

export const insertPoolCodesStatement = (partnerId: string, benefitId: string, importId: string, codes: PoolCode[]): SqlStatement => ({
  sql: `INSERT INTO partner_code (id, partner_id, benefit_id, code, code_hash, fingerprint, source, import_id, status, expires_at, created_at)
SELECT id, ?, ?, code, code_hash, fingerprint, 'pool', ?, 'available', expires_at, now() + seq * interval '1 microsecond'
FROM jsonb_to_recordset(?::jsonb) AS r(id text, seq int, code text, code_hash text, fingerprint text, expires_at timestamptz)`,
  bindings: [partnerId, benefitId, importId, JSON.stringify(codes)],
})

/**
 * Undoes a claim: a pool code goes back to the pool with the expiry it had before the claim
 * (`priorExpiresAt`), a generated one is deleted. Only an assigned code.
 */
export const releaseCodeStatement = (id: string, priorExpiresAt: Date | null): SqlStatement => ({
  sql: `UPDATE partner_code SET
  status = CASE WHEN source = 'pool' THEN 'available' ELSE status END,
  deleted_at = CASE WHEN source = 'generated' THEN now() ELSE deleted_at END,
  customer_id = CASE WHEN source = 'pool' THEN NULL ELSE customer_id END,
  membership_id = CASE WHEN source = 'pool' THEN NULL ELSE membership_id END,
  entitlement_key = CASE WHEN source = 'pool' THEN NULL ELSE entitlement_key END,
  claim_key = CASE WHEN source = 'pool' THEN NULL ELSE claim_key END,
  assigned_at = CASE WHEN source = 'pool' THEN NULL ELSE assigned_at END,
  expires_at = CASE WHEN source = 'pool' THEN ?::timestamptz ELSE expires_at END,
  updated_at = now()
WHERE id = ? AND status = 'assigned' AND ${LIVE}`,
  bindings: [priorExpiresAt, id],
})
