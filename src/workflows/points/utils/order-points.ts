import { orderReversalRatio, reversalTarget } from "../../../modules/tier"
import type { PointsMovement, PointsProgramSettings } from "../../../modules/points"
import { fullyCaptured, type OrderReversalState, paidOrderMoney } from "../../common/utils/order-reversal-state"
import { orderPoints, pointsExpiry, pointsPendingUntil } from "./points-rules"

export const orderEarnKey = (orderId: string) => `order:${orderId}:earn`
const reversalKeyPrefix = (orderId: string) => `order:${orderId}:reversed:`
/** Keyed by the total reversed after it, which only grows: a redelivered event writes nothing. */
const orderReversalKey = (orderId: string, target: number) => `${reversalKeyPrefix(orderId)}${target}`

/** An order's own points movements (earn and reverse), as read from the ledger. */
export type OrderPointsLedgerRow = { customer_id: string; amount: number; idempotency_key: string; metadata: Record<string, unknown> | null }

/** The order's earn and reversals among its ledger rows, and who earns: who earned already, else its customer if they have an account. */
export function orderPointsEarner(orderId: string, state: OrderReversalState, ledger: OrderPointsLedgerRow[]) {
  const earned = ledger.find((row) => row.idempotency_key === orderEarnKey(orderId))
  const reversals = ledger.filter((row) => row.idempotency_key.startsWith(reversalKeyPrefix(orderId)))
  const customerId = earned?.customer_id ?? (state.order.customer?.has_account ? state.order.customer_id : null)
  return { earned, reversals, customer_id: customerId }
}

/** Whether the order earns now: nothing earned yet, its payment fully captured, not canceled. */
export function earnsNow(state: OrderReversalState, earned: OrderPointsLedgerRow | undefined): boolean {
  return !earned && fullyCaptured(state) && !state.canceled
}

/**
 * The points movements an order is owed now, from its state alone (any event may ask, any
 * number of times): a pending lot once its payment is fully captured, and reversals that bring
 * the total reversed to the share of the order refunded, returned or canceled (as for growth).
 * Only customers with an account earn (`orderPointsEarner`). Reversals go to the customer who
 * earned, and take the order's own lots first, pending ones before spendable ones. `multiplier`
 * is the customer's at placement, read when the order `earnsNow`.
 */
export function planOrderPoints(
  orderId: string,
  program: PointsProgramSettings,
  now: Date,
  state: OrderReversalState,
  earner: ReturnType<typeof orderPointsEarner>,
  multiplier: number | null
): { customer_id: string | null; movements: PointsMovement[] } {
  const { order, captured, refunded, canceled, goods, returned } = state
  const { earned, reversals, customer_id: customerId } = earner
  if (!customerId) {
    return { customer_id: null, movements: [] }
  }
  const movements: PointsMovement[] = []
  let earnedAmount = earned ? Number(earned.amount) : 0

  if (earnsNow(state, earned) && multiplier !== null) {
    const earning = orderPoints(
      program,
      paidOrderMoney(state),
      multiplier
    )
    if (earning) {
      movements.push({
        customer_id: customerId,
        type: "earn",
        amount: earning.points,
        idempotency_key: orderEarnKey(orderId),
        now,
        order_id: orderId,
        reference: orderId,
        lot: { pending_until: pointsPendingUntil(program, now), expires_at: pointsExpiry(program, now) },
        metadata: { basis: earning.basis, multiplier: earning.multiplier, currency_code: order.currency_code },
      })
      earnedAmount = earning.points
    }
  }
  if (!earnedAmount) {
    return { customer_id: customerId, movements }
  }

  const returnedBase = program.exclude_shipping ? goods : captured
  const ratio = orderReversalRatio({ paid_total: captured, refunded_total: refunded, returned_total: returned, returned_base: returnedBase, canceled })
  // What earlier reversals meant to take back (a debit may have found less: points already spent).
  const reversedTarget = reversals.reduce((most, row) => Math.max(most, Number(row.metadata?.target ?? 0)), 0)
  const target = reversalTarget(earnedAmount, ratio)
  if (target > reversedTarget) {
    movements.push({
      customer_id: customerId,
      type: "reverse",
      amount: -(target - reversedTarget),
      idempotency_key: orderReversalKey(orderId, target),
      now,
      order_id: orderId,
      reference: orderId,
      from: { order_id: orderId },
      partial: true,
      note: canceled ? "cancel" : returned > refunded ? "return" : "refund",
      metadata: { ratio, target },
    })
  }
  return { customer_id: customerId, movements }
}
