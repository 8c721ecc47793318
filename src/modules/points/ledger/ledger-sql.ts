import type { DebitSource } from "./movement"

export type SqlStatement = { sql: string; bindings: unknown[] }

const LIVE = "deleted_at IS NULL"
const SPENDABLE = `(pending_until IS NULL OR pending_until <= ?) AND (expires_at IS NULL OR expires_at > ?)`

/** Creates the customer's account if missing, then locks it until the transaction ends. */
export const lockAccountStatements = (accountId: string, customerId: string): SqlStatement[] => [
  { sql: `INSERT INTO points_account (id, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, bindings: [accountId, customerId] },
  { sql: `SELECT id FROM points_account WHERE customer_id = ? AND ${LIVE} FOR UPDATE`, bindings: [customerId] },
]

export const transactionByKeyStatement = (key: string): SqlStatement => ({
  sql: `SELECT id, customer_id, type, amount, lots, idempotency_key, order_id, cart_id FROM points_transaction WHERE idempotency_key = ? AND ${LIVE}`,
  bindings: [key],
})

/** The lots a debit may take from, in the order it takes them. */
export function debitLotsStatement(customerId: string, from: DebitSource, now: Date): SqlStatement {
  if (from === "available") {
    return {
      sql: `SELECT id, remaining FROM points_lot WHERE customer_id = ? AND ${LIVE} AND remaining > 0 AND ${SPENDABLE}
ORDER BY created_at, id`,
      bindings: [customerId, now, now],
    }
  }
  if ("lot_ids" in from) {
    // The ids travel as one JSON value: knex would expand a bound array into a list of values.
    const ids = JSON.stringify(from.lot_ids)
    return {
      sql: `SELECT lot.id, lot.remaining FROM points_lot AS lot
JOIN jsonb_array_elements_text(?::jsonb) WITH ORDINALITY AS wanted(id, position) ON wanted.id = lot.id
WHERE lot.customer_id = ? AND lot.${LIVE} AND lot.remaining > 0
ORDER BY wanted.position`,
      bindings: [ids, customerId],
    }
  }
  return {
    sql: `SELECT id, remaining FROM points_lot WHERE customer_id = ? AND ${LIVE} AND remaining > 0
AND (order_id = ? OR ${SPENDABLE})
ORDER BY (order_id IS NOT DISTINCT FROM ?) DESC, (pending_until > ?) DESC NULLS LAST, created_at, id`,
    bindings: [customerId, from.order_id, now, now, from.order_id, now],
  }
}

/** Adds `delta` (negative to take) to each lot's remaining, never below 0 nor above its amount. */
export const adjustLotsStatement = (shares: { lot_id: string; amount: number }[], sign: 1 | -1): SqlStatement => ({
  sql: `UPDATE points_lot AS lot SET remaining = lot.remaining + (share.amount * ?), updated_at = now()
FROM jsonb_to_recordset(?::jsonb) AS share(lot_id text, amount int)
WHERE lot.id = share.lot_id AND lot.remaining + (share.amount * ?) BETWEEN 0 AND lot.amount
RETURNING lot.id`,
  bindings: [sign, JSON.stringify(shares), sign],
})

export const insertTransactionStatement = (row: {
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
}): SqlStatement => ({
  sql: `INSERT INTO points_transaction (id, customer_id, type, amount, lots, order_id, cart_id, reference, note, actor, idempotency_key, metadata)
VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
  bindings: [
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
  ],
})

export const insertLotStatement = (row: {
  id: string
  customer_id: string
  amount: number
  pending_until: Date | null
  expires_at: Date | null
  order_id: string | null
  transaction_id: string
}): SqlStatement => ({
  sql: `INSERT INTO points_lot (id, customer_id, amount, remaining, pending_until, expires_at, order_id, transaction_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  bindings: [row.id, row.customer_id, row.amount, row.amount, row.pending_until, row.expires_at, row.order_id, row.transaction_id],
})

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
