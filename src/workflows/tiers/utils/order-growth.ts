import type { TierProgramSettings } from "../../../modules/tier"
import { orderGrowth, orderReversalRatio, reversalSpend, reversalTarget } from "../../../modules/tier"
import type { GrowthEntryInput } from "../steps/record-growth-entries"
import { fullyCaptured, type OrderReversalState, paidOrderMoney } from "../../common/utils/order-reversal-state"

export const orderAwardKey = (orderId: string) => `order:${orderId}:award`

/** An order's growth entries so far (its award and reversals). */
export type OrderLedgerEntry = {
  customer_id: string
  amount: number
  reason: string
  spend_value?: unknown
  order_count: number
  counts_at: Date
}

export type OrderGrowthPlanInput = {
  order_id: string
  state: OrderReversalState
  ledger: OrderLedgerEntry[]
  program: TierProgramSettings
  now: Date
  /** The plan the customer was a paying member of when the order was placed (see `awardDue`). */
  plan_id: string | null
}

/**
 * Who an order's growth goes to: the customer its award went to, even if the order has changed
 * hands since, else its customer if registered (only registered customers earn growth).
 */
export function orderGrowthCustomer(state: OrderReversalState, ledger: OrderLedgerEntry[]): string | null {
  const award = ledger.find((entry) => entry.reason === "order")
  return award?.customer_id ?? (state.order.customer?.has_account ? state.order.customer_id : null)
}

/** Whether the order is owed its award now: paid (see `planOrderGrowth`), not canceled, not yet awarded. */
export function awardDue(state: OrderReversalState, ledger: OrderLedgerEntry[], program: TierProgramSettings): boolean {
  const paid = fullyCaptured(state) && (program.award_on === "capture" || state.order.status === "completed")
  return !ledger.some((entry) => entry.reason === "order") && paid && !state.canceled
}

/**
 * The growth entries an order is owed now, from its state alone (so any event may ask, any
 * number of times): the award once it is paid — fully captured, or completed when the program
 * awards on completion — and reversals that bring the total reversed to the share of the order
 * refunded, returned or canceled. Only registered customers earn growth. Reversals go to the
 * customer the award went to, even if the order has changed hands since.
 */
export function planOrderGrowth(input: OrderGrowthPlanInput): { customer_id: string | null; entries: GrowthEntryInput[] } {
  const { order_id: orderId, state, ledger, program, now, plan_id: planId } = input
  const { order, captured, refunded, canceled, goods, returned } = state
  let award: OrderLedgerEntry | undefined = ledger.find((entry) => entry.reason === "order")
  const customerId = orderGrowthCustomer(state, ledger)
  if (!customerId) {
    return { customer_id: null, entries: [] }
  }
  const entries: GrowthEntryInput[] = []

  if (awardDue(state, ledger, program)) {
    const growth = orderGrowth(
      program,
      paidOrderMoney(state),
      planId
    )
    if (growth) {
      const entry: GrowthEntryInput = {
        customer_id: customerId,
        amount: growth.amount,
        reason: "order",
        idempotency_key: orderAwardKey(orderId),
        counts_at: now,
        reference: orderId,
        order_id: orderId,
        currency_code: order.currency_code,
        basis_amount: growth.basis,
        spend_value: growth.spend_value,
        order_count: 1,
        metadata: { multiplier: growth.multiplier, plan_id: planId },
      }
      entries.push(entry)
      award = entry as never
    }
  }
  if (!award) {
    return { customer_id: customerId, entries }
  }

  const returnedBase = program.exclude_shipping ? goods : captured
  const ratio = orderReversalRatio({ paid_total: captured, refunded_total: refunded, returned_total: returned, returned_base: returnedBase, canceled })
  const reversals = ledger.filter((entry) => entry.reason !== "order")
  const reversedAmount = -reversals.reduce((total, entry) => total + entry.amount, 0)
  const reversedSpend = -reversals.reduce((total, entry) => total + Number(entry.spend_value ?? 0), 0)
  const reversedOrders = -reversals.reduce((total, entry) => total + entry.order_count, 0)
  // Reversals only ever grow; each is keyed by the totals reversed after it, which only grow too.
  const amount = Math.max(0, reversalTarget(award.amount, ratio) - reversedAmount)
  const spend = Math.max(0, reversalSpend(Number(award.spend_value ?? 0), ratio) - reversedSpend)
  const orders = Math.max(0, (ratio >= 1 ? 1 : 0) - reversedOrders)
  if (amount > 0 || spend > 0 || orders > 0) {
    entries.push({
      customer_id: customerId,
      amount: -amount,
      reason: canceled ? "cancel" : returned > refunded ? "return" : "refund",
      idempotency_key: `order:${orderId}:reversed:${reversedAmount + amount}:${(reversedSpend + spend).toFixed(2)}:${reversedOrders + orders}`,
      counts_at: award.counts_at,
      reference: orderId,
      order_id: orderId,
      currency_code: order.currency_code,
      spend_value: -spend,
      order_count: -orders,
      metadata: { ratio },
    })
  }
  return { customer_id: customerId, entries }
}
