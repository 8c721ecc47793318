import type { PointsTransactionType } from "../models/points-transaction"

export type { PointsBalances } from "../../../types/http"

/** The most points one movement may carry (the columns are 4-byte integers). */
export const MAX_POINTS_MOVEMENT = 1_000_000_000

/**
 * Where a debit takes points from:
 * - `available`: the lots spendable now, oldest first (spending);
 * - `{ order_id }`: the lots that order earned, pending ones first, then the available lots
 *   oldest first (taking back what an order earned);
 * - `{ lot_ids }`: exactly these lots, in this order, whatever their state (expiry).
 */
export type DebitSource = "available" | { order_id: string } | { lot_ids: string[] }

export type PointsMovement = {
  customer_id: string
  type: PointsTransactionType
  /** Points credited (> 0), debited (< 0), or 0 for an unlock. */
  amount: number
  idempotency_key: string
  /** The moment the movement happens: what is pending, available or expired is judged at it. */
  now: Date
  order_id?: string | null
  cart_id?: string | null
  reference?: string | null
  note?: string | null
  actor?: string
  metadata?: Record<string, unknown> | null
  /** A credit into a new lot: when it becomes spendable (null: at once) and when it expires (null: never). */
  lot?: { pending_until: Date | null; expires_at: Date | null }
  /** A credit back into lots a debit took from (restoring spent points), `[{ lot_id, amount }]`; for an unlock (amount 0), the lots it unlocked. */
  restore?: LotShare[]
  /** A debit's source; `available` by default. */
  from?: DebitSource
  /** A debit takes what it can up to `amount` instead of refusing when there is not enough. */
  partial?: boolean
}

export type LotShare = { lot_id: string; amount: number }

export type PostedTransaction = {
  id: string
  customer_id: string
  type: PointsTransactionType
  amount: number
  lots: LotShare[]
  idempotency_key: string
  order_id: string | null
  cart_id: string | null
  /** False when the idempotency key had been used: this is the earlier movement, nothing was written. */
  created: boolean
}

type Lot = { id: string; remaining: number }

/**
 * Takes `amount` from lots in the order given, each up to what it has left. Returns the shares
 * and what could not be covered.
 */
export function allocateDebit(lots: Lot[], amount: number): { shares: LotShare[]; shortfall: number } {
  const shares: LotShare[] = []
  let left = amount
  for (const lot of lots) {
    if (left <= 0) {
      break
    }
    const take = Math.min(lot.remaining, left)
    if (take > 0) {
      shares.push({ lot_id: lot.id, amount: take })
      left -= take
    }
  }
  return { shares, shortfall: left }
}
