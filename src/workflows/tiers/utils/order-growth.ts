import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type TierProgramSettings, orderGrowth, orderReversalRatio, reversalSpend, reversalTarget } from "../../../modules/membership"
import { roundMoney } from "../../../lib/money"
import type { GrowthEntryInput } from "../steps/record-growth-entries"
import { loadOrderReversalState } from "../../common/queries/order-reversal-state"

export const orderAwardKey = (orderId: string) => `order:${orderId}:award`

/**
 * The growth entries an order is owed now, from its state alone (so any event may ask, any
 * number of times): the award once it is paid — fully captured, or completed when the program
 * awards on completion — and reversals that bring the total reversed to the share of the order
 * refunded, returned or canceled. Only registered customers earn growth. Reversals go to the
 * customer the award went to, even if the order has changed hands since.
 */
export async function planOrderGrowth(
  container: MedusaContainer,
  orderId: string,
  program: TierProgramSettings,
  now: Date
): Promise<{ customer_id: string | null; entries: GrowthEntryInput[] }> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const state = await loadOrderReversalState(container, orderId)
  if (!state) {
    return { customer_id: null, entries: [] }
  }
  const { order, captured, refunded, canceled, goods, returned } = state
  const ledger = await membership.listGrowthEntries({ order_id: orderId })
  let award = ledger.find((entry) => entry.reason === "order")
  const customerId = award?.customer_id ?? (order.customer?.has_account ? order.customer_id : null)
  if (!customerId) {
    return { customer_id: null, entries: [] }
  }
  const entries: GrowthEntryInput[] = []

  // Captures in parts add up in binary floats (30.74 + 1.39 + 0.87 < 33): compare in the currency's units.
  const fullyCaptured = captured > 0 && roundMoney(captured, order.currency_code) >= roundMoney(Number(order.total), order.currency_code)
  const paid = fullyCaptured && (program.award_on === "capture" || order.status === "completed")
  if (!award && paid && !canceled) {
    const planId = await paidPlanAt(membership, customerId, new Date(order.created_at), orderId)
    const growth = orderGrowth(
      program,
      {
        currency_code: order.currency_code,
        paid_total: captured,
        shipping_total: Number(order.shipping_total),
        tax_total: Number(order.tax_total),
        shipping_tax_total: Number(order.shipping_tax_total),
      },
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

/**
 * The plan the customer was a paying member of when the order was placed: a period covering
 * that moment that was paid (or granted by the merchant), not a free trial and not the one this
 * order itself bought. Fixed by the order, so it does not depend on which event arrives first.
 */
export async function paidPlanAt(membership: MembershipModuleService, customerId: string, placedAt: Date, orderId: string): Promise<string | null> {
  const [member] = await membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1 })
  if (!member) {
    return null
  }
  const periods = await membership.listMembershipPeriods(
    { membership_id: member.id, starts_at: { $lte: placedAt }, ends_at: { $gt: placedAt } },
    { select: ["plan_id", "order_id", "amount", "source"] }
  )
  const paid = periods.find((period) => period.order_id !== orderId && (period.source === "manual" || Number(period.amount) > 0))
  return paid?.plan_id ?? null
}
