import type { RefundPolicy } from "../types"
import { roundMoney } from "../../../lib/money"

export type RefundInput = {
  policy: RefundPolicy
  /** What the period cost, and what of it was refunded already. */
  paid: number
  refunded: number
  currencyCode: string
  periodStart: Date
  periodEnd: Date
  now: Date
  /** The value of the benefits the member used in the period (benefit usage records). */
  benefitsUsed: number
}

/**
 * What an immediate cancellation gives back, per the plan's policy: `benefits_used` the price
 * less the benefits used, `prorated` the unused share of the period, `none` nothing. Never
 * below zero, never more than is left to refund.
 */
export function refundAmount(input: RefundInput): number {
  const refundable = Math.max(0, input.paid - input.refunded)
  let amount = 0
  if (input.policy === "benefits_used") {
    amount = input.paid - input.benefitsUsed
  } else if (input.policy === "prorated") {
    const length = input.periodEnd.getTime() - input.periodStart.getTime()
    const unused = Math.min(Math.max(input.periodEnd.getTime() - input.now.getTime(), 0), length)
    amount = length > 0 ? (input.paid * unused) / length : 0
  }
  return roundMoney(Math.min(Math.max(amount, 0), refundable), input.currencyCode)
}
