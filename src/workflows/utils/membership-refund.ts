import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import type { RefundPolicy } from "../../modules/membership/types"
import { isLive } from "../../modules/membership/utils/lifecycle"
import { roundMoney } from "../../modules/membership/utils/money"
import { refundAmount } from "../../modules/membership/utils/refund"
import { loadPlan, loadState } from "./membership-commands"

/** One paid period's share of a refund, on the payment that paid it. */
export type PeriodRefund = { period_id: string; payment_id: string; amount: number }

export type RefundQuote = {
  amount: number
  currency_code: string | null
  policy: RefundPolicy
  benefits_used: number
  refunds: PeriodRefund[]
}

/**
 * What cancelling a membership now would refund, by its plan's policy: for every paid period
 * not over yet — the current one and any bought ahead — its share, on the payment that paid it.
 */
export async function quoteRefund(container: MedusaContainer, membershipId: string, now: Date): Promise<RefundQuote> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const state = await loadState(membership, membershipId)
  const plan = await loadPlan(membership, state.plan_id)
  const policy = (plan as unknown as { refund_policy: RefundPolicy }).refund_policy
  if (!isLive(state.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The membership is ${state.status}; there is nothing to cancel`)
  }

  const periods = await membership.listMembershipPeriods(
    { membership_id: membershipId, order_id: { $ne: null }, ends_at: { $gt: now } },
    { order: { starts_at: "ASC" } }
  )
  const currency = periods[0]?.currency_code ?? null
  const paymentOf = await capturedPayments(container, periods.map((period) => period.order_id!))

  const refunds: PeriodRefund[] = []
  let benefitsUsed = 0
  for (const period of periods) {
    const payment = paymentOf.get(period.order_id!)
    if (!payment || Number(period.amount) <= 0) {
      continue
    }
    const usages = await membership.listBenefitUsages({
      membership_id: membershipId,
      currency_code: period.currency_code ?? undefined,
      used_at: { $gte: period.starts_at, $lte: now },
    })
    const used = usages.reduce((sum, usage) => sum + Number(usage.value), 0)
    benefitsUsed += used
    const amount = refundAmount({
      policy,
      paid: Number(period.amount),
      refunded: Number(period.refunded_amount),
      currencyCode: period.currency_code ?? "usd",
      periodStart: new Date(period.starts_at),
      periodEnd: new Date(period.ends_at),
      now,
      benefitsUsed: used,
    })
    if (amount > 0) {
      refunds.push({ period_id: period.id, payment_id: payment, amount })
    }
  }
  const total = roundMoney(refunds.reduce((sum, refund) => sum + refund.amount, 0), currency ?? "usd")
  return { amount: total, currency_code: currency, policy, benefits_used: benefitsUsed, refunds }
}

/** The captured payment of each order, by order id. */
async function capturedPayments(container: MedusaContainer, orderIds: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  if (!orderIds.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captured_at"],
    filters: { id: orderIds },
  })
  for (const order of orders as { id: string; payment_collections?: { payments?: { id: string; captured_at?: unknown }[] }[] }[]) {
    const payment = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? []).find((p) => p.captured_at)
    if (payment) {
      result.set(order.id, payment.id)
    }
  }
  return result
}
