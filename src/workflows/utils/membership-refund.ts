import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import type { RefundPolicy } from "../../modules/membership/types"
import { isLive } from "../../modules/membership/utils/lifecycle"
import { refundAmount } from "../../modules/membership/utils/refund"
import { loadPlan, loadState } from "./membership-commands"

export type RefundQuote = {
  amount: number
  currency_code: string | null
  policy: RefundPolicy
  period_id: string | null
  payment_id: string | null
  benefits_used: number
}

/**
 * What cancelling a membership now would refund, by its plan's policy, on the payment that
 * paid the current period (the latest paid period that has started).
 */
export async function quoteRefund(container: MedusaContainer, membershipId: string, now: Date): Promise<RefundQuote> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const state = await loadState(membership, membershipId)
  const plan = await loadPlan(membership, state.plan_id)
  const policy = (plan as unknown as { refund_policy: RefundPolicy }).refund_policy
  if (!isLive(state.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The membership is ${state.status}; there is nothing to cancel`)
  }

  const [period] = await membership.listMembershipPeriods(
    { membership_id: membershipId, order_id: { $ne: null }, starts_at: { $lte: now } },
    { order: { starts_at: "DESC" }, take: 1 }
  )
  const none = { amount: 0, currency_code: period?.currency_code ?? null, policy, period_id: period?.id ?? null, payment_id: null, benefits_used: 0 }
  if (!period || Number(period.amount) <= 0) {
    return none
  }

  const usages = await membership.listBenefitUsages({
    membership_id: membershipId,
    currency_code: period.currency_code ?? undefined,
    used_at: { $gte: period.starts_at, $lte: now },
  })
  const benefitsUsed = usages.reduce((sum, usage) => sum + Number(usage.value), 0)
  const amount = refundAmount({
    policy,
    paid: Number(period.amount),
    refunded: Number(period.refunded_amount),
    currencyCode: period.currency_code ?? "usd",
    periodStart: new Date(period.starts_at),
    periodEnd: new Date(period.ends_at),
    now,
    benefitsUsed,
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captured_at"],
    filters: { id: period.order_id! },
  })
  const payments = ((orders[0] as { payment_collections?: { payments?: { id: string; captured_at?: unknown }[] }[] } | undefined)
    ?.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const payment = payments.find((candidate) => candidate.captured_at)
  return { ...none, amount: payment ? amount : 0, payment_id: payment?.id ?? null, benefits_used: benefitsUsed }
}
