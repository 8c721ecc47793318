import type { LotShare } from "../../../modules/points"
import { orderReversalRatio, reversalTarget } from "../../../modules/tier"
import type { OrderReversalState } from "../../common/utils/order-reversal-state"

/**
 * The share of spent points to have given back: all of them when the order is canceled, else
 * the refunded share of the money paid (refunded ÷ captured), because the points paid for the
 * same goods as the money. Rounded to whole points; a full refund gives back everything.
 */
export function restoreTarget(spent: number, state: Pick<OrderReversalState, "captured" | "refunded" | "canceled">): number {
  const ratio = orderReversalRatio({ canceled: state.canceled, paid_total: state.captured, refunded_total: state.refunded, returned_total: 0 })
  return reversalTarget(spent, ratio)
}

/**
 * The lots to put `amount` back into: those the spend took from, newest first, each up to what
 * it gave and has not yet been given back.
 */
export function restoreShares(spent: LotShare[], restored: LotShare[], amount: number): LotShare[] {
  const given = new Map<string, number>()
  for (const share of restored) {
    given.set(share.lot_id, (given.get(share.lot_id) ?? 0) + share.amount)
  }
  const shares: LotShare[] = []
  let left = amount
  for (const share of [...spent].reverse()) {
    if (left <= 0) {
      break
    }
    const open = share.amount - (given.get(share.lot_id) ?? 0)
    const take = Math.min(Math.max(open, 0), left)
    if (take > 0) {
      shares.push({ lot_id: share.lot_id, amount: take })
      left -= take
    }
  }
  return shares
}
