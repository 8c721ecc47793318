import type { RefundPolicy } from "../../../modules/membership"

/** One paid period's share of a refund, on the payment that paid it. */
export type PeriodRefund = { period_id: string; payment_id: string; amount: number }

export type RefundQuote = {
  amount: number
  currency_code: string | null
  policy: RefundPolicy
  benefits_used: number
  refunds: PeriodRefund[]
}

type Usage = { benefit_id: string | null; order_id: string | null; value: unknown; reversed_value: unknown }

/**
 * The value of the plan's benefits used in a paid period, net of reversals: usages of the plan's
 * benefits (or of none), except those of an order that bought another of the periods (`periodOrders`),
 * which count for that period only.
 */
export function periodBenefitsUsed(usages: Usage[], planBenefits: Set<string>, periodOrderId: string | null, periodOrders: Set<string | null>): number {
  return usages
    .filter((usage) => !usage.benefit_id || planBenefits.has(usage.benefit_id))
    .filter((usage) => usage.order_id === periodOrderId || !periodOrders.has(usage.order_id))
    .reduce((sum, usage) => sum + Number(usage.value) - Number(usage.reversed_value), 0)
}
