import type { SqlStatement } from "../ledger/ledger-sql"

const LIVE = "deleted_at IS NULL"

export const REDEMPTION_COLUMNS =
  "id, item_id, customer_id, points, cash_amount, currency_code, status, order_id, promotion_id, code, transaction_id, idempotency_key, created_at, updated_at"

/** Locks a mall item until the transaction ends, so stock is taken one redemption at a time. */
export const lockItemStatement = (itemId: string): SqlStatement => ({
  sql: `SELECT id, name, kind, points_price, cash_price, currency_code, variant_id, coupon, partner_benefit_id, stock, limit_per_member, limit_period, tier_ids, starts_at, ends_at, status
FROM points_mall_item WHERE id = ? AND ${LIVE} FOR UPDATE`,
  bindings: [itemId],
})

export const redemptionByKeyStatement = (customerId: string, key: string): SqlStatement => ({
  sql: `SELECT ${REDEMPTION_COLUMNS} FROM points_redemption WHERE customer_id = ? AND idempotency_key = ? AND ${LIVE}`,
  bindings: [customerId, key],
})

export const lockRedemptionStatement = (id: string): SqlStatement => ({
  sql: `SELECT ${REDEMPTION_COLUMNS} FROM points_redemption WHERE id = ? AND ${LIVE} FOR UPDATE`,
  bindings: [id],
})

/**
 * The customer's completed redemptions of an item since the start of the current `period`
 * (day, month, year in the program's time zone; `ever` counts all).
 */
export const redemptionsInPeriodStatement = (itemId: string, customerId: string, period: string, now: Date): SqlStatement => {
  if (period === "ever") {
    return {
      sql: `SELECT count(*)::int AS count FROM points_redemption WHERE item_id = ? AND customer_id = ? AND status = 'completed' AND ${LIVE}`,
      bindings: [itemId, customerId],
    }
  }
  return {
    sql: `WITH zone AS (
  SELECT COALESCE((SELECT timezone FROM points_program WHERE key = 'default' AND ${LIVE}), 'UTC') AS tz
)
SELECT count(*)::int AS count FROM points_redemption, zone
WHERE item_id = ? AND customer_id = ? AND status = 'completed' AND ${LIVE}
AND created_at >= (date_trunc(?, ?::timestamptz AT TIME ZONE zone.tz) AT TIME ZONE zone.tz)`,
    bindings: [itemId, customerId, period, now],
  }
}

/** Adds `delta` to an item's stock when it has one (null stock is unlimited). */
export const moveStockStatement = (itemId: string, delta: 1 | -1): SqlStatement => ({
  sql: `UPDATE points_mall_item SET stock = stock + ?, updated_at = now() WHERE id = ? AND stock IS NOT NULL`,
  bindings: [delta, itemId],
})

export const insertRedemptionStatement = (row: {
  id: string
  item_id: string
  customer_id: string
  points: number
  cash_amount?: number | null
  currency_code?: string | null
  transaction_id: string
  idempotency_key: string
  created_at: Date
}): SqlStatement => ({
  sql: `INSERT INTO points_redemption (id, item_id, customer_id, points, cash_amount, raw_cash_amount, currency_code, status, transaction_id, idempotency_key, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, 'completed', ?, ?, ?, ?) RETURNING ${REDEMPTION_COLUMNS}`,
  bindings: [
    row.id,
    row.item_id,
    row.customer_id,
    row.points,
    row.cash_amount ?? null,
    row.cash_amount == null ? null : JSON.stringify({ value: String(row.cash_amount), precision: 20 }),
    row.currency_code ?? null,
    row.transaction_id,
    row.idempotency_key,
    row.created_at,
    row.created_at,
  ],
})

export const cancelRedemptionStatement = (id: string): SqlStatement => ({
  sql: `UPDATE points_redemption SET status = 'canceled', updated_at = now() WHERE id = ? RETURNING ${REDEMPTION_COLUMNS}`,
  bindings: [id],
})

export const storedRedeemAnswerStatement = (customerId: string, key: string): SqlStatement => ({
  sql: `SELECT item_id, status_code, body FROM points_redeem_answer WHERE customer_id = ? AND idempotency_key = ? AND ${LIVE}`,
  bindings: [customerId, key],
})

/** Stores a redeem key's answer unless one is stored already (then inserts nothing). */
export const saveRedeemAnswerStatement = (
  id: string,
  answer: { customer_id: string; idempotency_key: string; item_id: string; status_code: number; body: string }
): SqlStatement => ({
  sql: `INSERT INTO points_redeem_answer (id, customer_id, idempotency_key, item_id, status_code, body) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (customer_id, idempotency_key) WHERE ${LIVE} DO NOTHING
RETURNING item_id, status_code, body`,
  bindings: [id, answer.customer_id, answer.idempotency_key, answer.item_id, answer.status_code, answer.body],
})
