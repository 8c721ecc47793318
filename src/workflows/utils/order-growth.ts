import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import type { TierProgramSettings } from "../../modules/membership/tiers/program"
import {
  orderGoods,
  orderGrowth,
  orderReversalRatio,
  type OrderSwaps,
  reversalSpend,
  reversalTarget,
} from "../../modules/membership/utils/growth-rules"
import type { GrowthEntryInput } from "../steps/record-growth-entries"

type OrderRow = {
  id: string
  customer_id: string | null
  currency_code: string
  status: string
  created_at: string | Date
  total: number
  shipping_total: number
  tax_total: number
  shipping_tax_total: number
  customer?: { has_account?: boolean } | null
  items?: { id: string; quantity: number; total: number; return_received_total?: number | null; return_dismissed_total?: number | null }[]
  payment_collections?: { payments?: { captures?: { amount: number }[]; refunds?: { amount: number }[] }[] }[]
}

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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "status",
      "created_at",
      "total",
      "shipping_total",
      "tax_total",
      "shipping_tax_total",
      "customer.has_account",
      "items.id",
      "items.quantity",
      "items.total",
      "items.return_received_total",
      "items.return_dismissed_total",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) {
    return { customer_id: null, entries: [] }
  }
  const ledger = await membership.listGrowthEntries({ order_id: orderId })
  let award = ledger.find((entry) => entry.reason === "order")
  const customerId = award?.customer_id ?? (order.customer?.has_account ? order.customer_id : null)
  if (!customerId) {
    return { customer_id: null, entries: [] }
  }
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const sum = (values: { amount: number }[]) => values.reduce((total, value) => total + Number(value.amount), 0)
  const captured = sum(payments.flatMap((payment) => payment.captures ?? []))
  const refunded = sum(payments.flatMap((payment) => payment.refunds ?? []))
  const canceled = order.status === "canceled"

  const entries: GrowthEntryInput[] = []

  const paid = captured > 0 && captured >= Number(order.total) && (program.award_on === "capture" || order.status === "completed")
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

  // A return takes back the returned goods' share of what the award was earned on. Medusa's
  // item.total only counts the quantity not returned; the returned goods have their own totals.
  // Exchanges and claims receive goods through returns too, but they swap goods: no reversal.
  const { goods, returned } = orderGoods(
    (order.items ?? []).map((item) => ({
      id: item.id,
      quantity: Number(item.quantity),
      total: Number(item.total),
      returned_total: Number(item.return_received_total ?? 0) + Number(item.return_dismissed_total ?? 0),
    })),
    await orderSwaps(container, orderId)
  )
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

type SwapRow = {
  additional_items?: { item_id: string; is_additional_item?: boolean }[]
  return?: { items?: { item_id: string; received_quantity: number }[] } | null
}

/**
 * What the order's exchanges and claims sent out (their additional items; a claim lists the
 * claimed items with them) and took back (what their returns received, damaged or not).
 */
async function orderSwaps(container: MedusaContainer, orderId: string): Promise<OrderSwaps> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["additional_items.item_id", "return.items.item_id", "return.items.received_quantity"]
  const [exchanges, claims] = await Promise.all([
    query.graph({ entity: "order_exchange", fields, filters: { order_id: orderId } }),
    query.graph({ entity: "order_claim", fields: [...fields, "additional_items.is_additional_item"], filters: { order_id: orderId } }),
  ])
  const exchangeRows = exchanges.data as SwapRow[]
  const claimRows = claims.data as SwapRow[]
  const sent = [
    ...exchangeRows.flatMap((exchange) => exchange.additional_items ?? []),
    ...claimRows.flatMap((claim) => (claim.additional_items ?? []).filter((item) => item.is_additional_item)),
  ]
  const takenBack = new Map<string, number>()
  for (const item of [...exchangeRows, ...claimRows].flatMap((swap) => swap.return?.items ?? [])) {
    takenBack.set(item.item_id, (takenBack.get(item.item_id) ?? 0) + Number(item.received_quantity))
  }
  return { sent: new Set(sent.map((item) => item.item_id)), taken_back: takenBack }
}

/**
 * The plan the customer was a paying member of when the order was placed: a period covering
 * that moment that was paid (or granted by the merchant), not a free trial and not the one this
 * order itself bought. Fixed by the order, so it does not depend on which event arrives first.
 */
async function paidPlanAt(membership: MembershipModuleService, customerId: string, placedAt: Date, orderId: string): Promise<string | null> {
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
