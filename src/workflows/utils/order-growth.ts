import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import type { TierProgramSettings } from "../../modules/membership/tiers/program"
import { orderGrowth, orderReversalRatio, reversalSpend, reversalTarget } from "../../modules/membership/utils/growth-rules"
import type { GrowthEntryInput } from "../steps/record-growth-entries"

type OrderRow = {
  id: string
  customer_id: string | null
  currency_code: string
  status: string
  total: number
  shipping_total: number
  tax_total: number
  shipping_tax_total: number
  customer?: { has_account?: boolean } | null
  items?: { quantity: number; total: number; detail?: { return_received_quantity?: number } | null }[]
  payment_collections?: { payments?: { captures?: { amount: number }[]; refunds?: { amount: number }[] }[] }[]
}

/** Memberships that count as a paid plan for the growth multiplier (not a free trial, not over). */
const PAID_STATUSES = ["active", "past_due", "canceled"]

export const orderAwardKey = (orderId: string) => `order:${orderId}:award`

/**
 * The growth entries an order is owed now, from its state alone (so any event may ask, any
 * number of times): the award once it is paid — fully captured, or completed when the program
 * awards on completion — and reversals that bring the total reversed to the share of the order
 * refunded, returned or canceled. Only registered customers earn growth.
 */
export async function planOrderGrowth(
  container: MedusaContainer,
  orderId: string,
  program: TierProgramSettings,
  now: Date
): Promise<{ customer_id: string | null; entries: GrowthEntryInput[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "status",
      "total",
      "shipping_total",
      "tax_total",
      "shipping_tax_total",
      "customer.has_account",
      "items.quantity",
      "items.total",
      "items.detail.return_received_quantity",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order?.customer_id || !order.customer?.has_account) {
    return { customer_id: null, entries: [] }
  }
  const customerId = order.customer_id
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const sum = (values: { amount: number }[]) => values.reduce((total, value) => total + Number(value.amount), 0)
  const captured = sum(payments.flatMap((payment) => payment.captures ?? []))
  const refunded = sum(payments.flatMap((payment) => payment.refunds ?? []))
  const returned = (order.items ?? []).reduce((total, item) => {
    const received = Number(item.detail?.return_received_quantity ?? 0)
    return total + (item.quantity ? (Number(item.total) * received) / Number(item.quantity) : 0)
  }, 0)
  const canceled = order.status === "canceled"

  const ledger = await membership.listGrowthEntries({ order_id: orderId, customer_id: customerId })
  let award = ledger.find((entry) => entry.reason === "order")
  const entries: GrowthEntryInput[] = []

  const paid = program.award_on === "completion" ? order.status === "completed" && captured > 0 : captured > 0 && captured >= Number(order.total)
  if (!award && paid && !canceled) {
    const [member] = await membership.listMemberships(
      { customer_id: customerId, status: PAID_STATUSES, current_period_end: { $gt: now } },
      { select: ["plan_id"], take: 1 }
    )
    const growth = orderGrowth(
      program,
      {
        currency_code: order.currency_code,
        paid_total: captured,
        shipping_total: Number(order.shipping_total),
        tax_total: Number(order.tax_total),
        shipping_tax_total: Number(order.shipping_tax_total),
      },
      member?.plan_id ?? null
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
        metadata: { multiplier: growth.multiplier, plan_id: member?.plan_id ?? null },
      }
      entries.push(entry)
      award = entry as never
    }
  }
  if (!award) {
    return { customer_id: customerId, entries }
  }

  const ratio = orderReversalRatio({ paid_total: captured, refunded_total: refunded, returned_total: returned, canceled })
  const reversals = ledger.filter((entry) => entry.reason !== "order")
  const reversedAmount = -reversals.reduce((total, entry) => total + entry.amount, 0)
  const reversedSpend = -reversals.reduce((total, entry) => total + Number(entry.spend_value ?? 0), 0)
  const reversedOrders = -reversals.reduce((total, entry) => total + entry.order_count, 0)
  const amount = reversalTarget(award.amount, ratio) - reversedAmount
  const spend = reversalSpend(Number(award.spend_value ?? 0), ratio) - reversedSpend
  const orders = (ratio >= 1 ? 1 : 0) - reversedOrders
  if (amount > 0 || spend > 0 || orders > 0) {
    entries.push({
      customer_id: customerId,
      amount: -amount,
      reason: canceled ? "cancel" : returned > refunded ? "return" : "refund",
      idempotency_key: `order:${orderId}:reversed:${ratio.toFixed(6)}`,
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
