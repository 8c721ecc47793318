import type { DebitSource } from "./movement"

export type SqlStatement = { sql: string; bindings: unknown[] }

const LIVE = "deleted_at IS NULL"
const SPENDABLE = `(pending_until IS NULL OR pending_until <= ?) AND (expires_at IS NULL OR expires_at > ?)`

/** Locks the customer's account until the transaction ends; no row when it does not exist yet. */
export const lockAccountStatement = (customerId: string): SqlStatement => ({
  sql: `SELECT id FROM points_account WHERE customer_id = ? AND ${LIVE} FOR UPDATE`,
  bindings: [customerId],
})

/** Creates the customer's account if missing, then locks it until the transaction ends. */
export const lockAccountStatements = (accountId: string, customerId: string): SqlStatement[] => [
  { sql: `INSERT INTO points_account (id, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, bindings: [accountId, customerId] },
  lockAccountStatement(customerId),
]

const TRANSACTION_FIELDS = "id, customer_id, type, amount, lots, idempotency_key, order_id, cart_id"

export const transactionByKeyStatement = (key: string): SqlStatement => ({
  sql: `SELECT ${TRANSACTION_FIELDS} FROM points_transaction WHERE idempotency_key = ? AND ${LIVE}`,
  bindings: [key],
})

/** The lots a debit may take from (`id`, `remaining`), numbered (`position`) in the order it takes them. */
function debitLotsQuery(customerId: string, from: DebitSource, now: Date): SqlStatement {
  if (from === "available") {
    return {
      sql: `SELECT id, remaining, row_number() OVER (ORDER BY created_at, id) AS position
FROM points_lot WHERE customer_id = ? AND ${LIVE} AND remaining > 0 AND ${SPENDABLE}`,
      bindings: [customerId, now, now],
    }
  }
  if ("lot_ids" in from) {
    // The ids travel as one JSON value: knex would expand a bound array into a list of values.
    return {
      sql: `SELECT lot.id, lot.remaining, wanted.position FROM points_lot AS lot
JOIN jsonb_array_elements_text(?::jsonb) WITH ORDINALITY AS wanted(id, position) ON wanted.id = lot.id
WHERE lot.customer_id = ? AND lot.${LIVE} AND lot.remaining > 0`,
      bindings: [JSON.stringify(from.lot_ids), customerId],
    }
  }
  return {
    sql: `SELECT id, remaining,
  row_number() OVER (ORDER BY (order_id IS NOT DISTINCT FROM ?) DESC, (pending_until > ?) DESC NULLS LAST, created_at, id) AS position
FROM points_lot WHERE customer_id = ? AND ${LIVE} AND remaining > 0 AND (order_id = ? OR ${SPENDABLE})`,
    bindings: [from.order_id, now, customerId, from.order_id, now, now],
  }
}

/**
 * What a debit reads once its account is locked, in one round trip: the movement already written
 * under its key (`seen`, or null), and the lots it may take from, in order (`lots`).
 */
export function debitSourceStatement(key: string, customerId: string, from: DebitSource, now: Date): SqlStatement {
  const seen = transactionByKeyStatement(key)
  const lots = debitLotsQuery(customerId, from, now)
  return {
    sql: `SELECT (SELECT row_to_json(t) FROM (${seen.sql}) t) AS seen,
  COALESCE((SELECT json_agg(json_build_object('id', l.id, 'remaining', l.remaining) ORDER BY l.position) FROM (${lots.sql}) l), '[]'::json) AS lots`,
    bindings: [...seen.bindings, ...lots.bindings],
  }
}

export type TransactionInsert = {
  id: string
  customer_id: string
  type: string
  amount: number
  lots: unknown
  order_id: string | null
  cart_id: string | null
  reference: string | null
  note: string | null
  actor: string
  idempotency_key: string
  metadata: unknown
}

const TRANSACTION_COLUMNS = "id, customer_id, type, amount, lots, order_id, cart_id, reference, note, actor, idempotency_key, metadata"
const TRANSACTION_VALUES = "?::text, ?::text, ?::text, ?::int, ?::jsonb, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::jsonb"
const transactionBindings = (row: TransactionInsert) => [
  row.id,
  row.customer_id,
  row.type,
  row.amount,
  JSON.stringify(row.lots),
  row.order_id,
  row.cart_id,
  row.reference,
  row.note,
  row.actor,
  row.idempotency_key,
  row.metadata === null ? null : JSON.stringify(row.metadata),
]

export const insertTransactionStatement = (row: TransactionInsert): SqlStatement => ({
  sql: `INSERT INTO points_transaction (${TRANSACTION_COLUMNS}) VALUES (${TRANSACTION_VALUES})`,
  bindings: transactionBindings(row),
})

export type LotInsert = {
  id: string
  customer_id: string
  amount: number
  pending_until: Date | null
  expires_at: Date | null
  order_id: string | null
  transaction_id: string
}

/**
 * Writes a movement in one statement, unless a movement with its key exists (`seen`, then
 * nothing is written): its lot shares applied (`adjust`: each lot's remaining plus `amount ×
 * sign`, never below 0 nor above its amount; `adjusted` counts the lots that took it), the
 * transaction, and the new lot of a credit (`lot`). `written` is 0 when the key was taken by a
 * movement committed after this statement began (it then wrote no lot either).
 */
export function writeMovementStatement(input: {
  transaction: TransactionInsert
  adjust: { shares: { lot_id: string; amount: number }[]; sign: 1 | -1 } | null
  lot: LotInsert | null
}): SqlStatement {
  const seen = transactionByKeyStatement(input.transaction.idempotency_key)
  const adjust = input.adjust ?? { shares: [], sign: 1 }
  const lot = input.lot
  return {
    sql: `WITH seen AS (${seen.sql}),
adjusted AS (
  UPDATE points_lot AS lot SET remaining = lot.remaining + (share.amount * ?), updated_at = now()
  FROM jsonb_to_recordset(?::jsonb) AS share(lot_id text, amount int)
  WHERE NOT EXISTS (SELECT 1 FROM seen) AND lot.id = share.lot_id AND lot.remaining + (share.amount * ?) BETWEEN 0 AND lot.amount
  RETURNING lot.id
),
written AS (
  INSERT INTO points_transaction (${TRANSACTION_COLUMNS}) SELECT ${TRANSACTION_VALUES} WHERE NOT EXISTS (SELECT 1 FROM seen)
  ON CONFLICT (idempotency_key) WHERE ${LIVE} DO NOTHING
  RETURNING id
),
new_lot AS (
  INSERT INTO points_lot (id, customer_id, amount, remaining, pending_until, expires_at, order_id, transaction_id)
  SELECT ?::text, ?::text, ?::int, ?::int, ?::timestamptz, ?::timestamptz, ?::text, written.id FROM written WHERE ?::boolean
  RETURNING id
)
SELECT (SELECT row_to_json(s) FROM seen s) AS seen, (SELECT COUNT(*)::int FROM adjusted) AS adjusted,
  (SELECT COUNT(*)::int FROM written) AS written`,
    bindings: [
      ...seen.bindings,
      adjust.sign,
      JSON.stringify(adjust.shares),
      adjust.sign,
      ...transactionBindings(input.transaction),
      lot?.id ?? null,
      lot?.customer_id ?? null,
      lot?.amount ?? null,
      lot?.amount ?? null,
      lot?.pending_until ?? null,
      lot?.expires_at ?? null,
      lot?.order_id ?? null,
      lot !== null,
    ],
  }
}

/** Available, pending and available-but-expiring-before `soon` points, from the lots at `now`. */
export const balancesStatement = (customerId: string, now: Date, soon: Date): SqlStatement => ({
  sql: `SELECT
  COALESCE(SUM(remaining) FILTER (WHERE ${SPENDABLE}), 0)::float8 AS available,
  COALESCE(SUM(remaining) FILTER (WHERE pending_until > ? AND (expires_at IS NULL OR expires_at > ?)), 0)::float8 AS pending,
  COALESCE(SUM(remaining) FILTER (WHERE ${SPENDABLE} AND expires_at <= ?), 0)::float8 AS expiring_soon
FROM points_lot WHERE customer_id = ? AND ${LIVE}`,
  bindings: [now, now, now, now, now, now, soon, customerId],
})

/** Points all customers hold at `now`: available and pending, from the live lots. */
export const liabilityStatement = (now: Date): SqlStatement => ({
  sql: `SELECT
  COALESCE(SUM(remaining) FILTER (WHERE ${SPENDABLE}), 0)::float8 AS available,
  COALESCE(SUM(remaining) FILTER (WHERE pending_until > ? AND (expires_at IS NULL OR expires_at > ?)), 0)::float8 AS pending
FROM points_lot WHERE ${LIVE} AND remaining > 0`,
  bindings: [now, now, now, now],
})

/** Points issued, redeemed, expired and reversed in a range, and outstanding at its end. */
export type PointsActivity = { issued: number; redeemed: number; expired: number; reversed: number; outstanding: number }

/**
 * The ledger's movements in a range (`from` included, `to` excluded) and the points outstanding
 * at its end (every movement before `to`, pending points included): issued (earned and added by
 * hand), redeemed (spent, net of spends given back), expired and reversed (taken back with
 * refunded or returned orders).
 */
export const activityStatement = (from: Date, to: Date): SqlStatement => ({
  sql: `SELECT
  COALESCE(SUM(amount) FILTER (WHERE created_at >= ? AND (type = 'earn' OR (type = 'adjust' AND amount > 0))), 0)::float8 AS issued,
  COALESCE(-SUM(amount) FILTER (WHERE created_at >= ? AND type IN ('spend', 'refund')), 0)::float8 AS redeemed,
  COALESCE(-SUM(amount) FILTER (WHERE created_at >= ? AND type = 'expire'), 0)::float8 AS expired,
  COALESCE(-SUM(amount) FILTER (WHERE created_at >= ? AND type = 'reverse'), 0)::float8 AS reversed,
  COALESCE(SUM(amount), 0)::float8 AS outstanding
FROM points_transaction WHERE created_at < ? AND ${LIVE}`,
  bindings: [from, from, from, from, to],
})
