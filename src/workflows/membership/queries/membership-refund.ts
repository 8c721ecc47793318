import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type RefundPolicy, isLive, refundAmount } from "../../../modules/membership"
import { roundMoney } from "../../../lib/money"
import { loadPlan, loadState } from "../utils/membership-commands"
import { paymentsOfOrders } from "../../common/queries/order-payments"
import { type PeriodRefund, periodBenefitsUsed, type RefundQuote } from "../utils/membership-refund"

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
  const paymentsOf = await paymentsOfOrders(container, periods.map((period) => period.order_id!))

  // What the plan grants, whoever recorded it: a benefit used in the order that bought the plan
  // ("join and save now") was recorded before the membership existed.
  const planBenefits = new Set(
    (await membership.listMembershipBenefits({}, { select: ["id", "plan_ids"], withDeleted: true }))
      .filter((benefit) => (benefit.plan_ids as unknown as string[]).includes(state.plan_id))
      .map((benefit) => benefit.id)
  )
  // An order that bought one of these periods counts for that period only, not also for the
  // period it was placed in (a plan bought ahead).
  const periodOrders = new Set(periods.map((period) => period.order_id))
  const refunds: PeriodRefund[] = []
  let benefitsUsed = 0
  for (const period of periods) {
    const payment = paymentsOf.get(period.order_id!)?.find((candidate) => candidate.captured_at)
    if (!payment || Number(period.amount) <= 0) {
      continue
    }
    const usages = await membership.listBenefitUsages({
      customer_id: (state as unknown as { customer_id: string }).customer_id,
      currency_code: period.currency_code ?? undefined,
      // The order that bought the period used its benefits before the period started.
      $or: [{ used_at: { $gte: period.starts_at, $lte: now } }, { order_id: period.order_id }],
    })
    const used = periodBenefitsUsed(usages, planBenefits, period.order_id, periodOrders)
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
      refunds.push({ period_id: period.id, payment_id: payment.id, amount })
    }
  }
  const total = roundMoney(refunds.reduce((sum, refund) => sum + refund.amount, 0), currency ?? "usd")
  return { amount: total, currency_code: currency, policy, benefits_used: benefitsUsed, refunds }
}
