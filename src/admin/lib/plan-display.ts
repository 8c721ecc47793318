import type { PlanInterval, PlanPrice, RefundPolicy } from "../../types/http"
import { formatAmount } from "./format"

export const INTERVAL_OPTIONS: { value: PlanInterval; label: string }[] = [
  { value: "day", label: "Days" },
  { value: "month", label: "Months" },
  { value: "year", label: "Years" },
]

export const REFUND_POLICY_OPTIONS: { value: RefundPolicy; label: string; explanation: string }[] = [
  {
    value: "prorated",
    label: "Prorated",
    explanation: "Refunds the unused share of the current period.",
  },
  {
    value: "benefits_used",
    label: "Price less benefits used",
    explanation: "Refunds what the member paid minus the value of the benefits they used this period.",
  },
  { value: "none", label: "No refund", explanation: "Cancels without refunding anything." },
]

export const refundPolicyOption = (policy: RefundPolicy) =>
  REFUND_POLICY_OPTIONS.find((option) => option.value === policy) ?? REFUND_POLICY_OPTIONS[0]

/** "Every 1 month", "Every 30 days". */
export function billingLabel(interval: PlanInterval, count: number) {
  return `Every ${count} ${interval}${count === 1 ? "" : "s"}`
}

const byCurrencyThenTier = (a: PlanPrice, b: PlanPrice) =>
  a.currency_code.localeCompare(b.currency_code) || (a.min_tier_rank ?? 0) - (b.min_tier_rank ?? 0)

/** One price: "EUR 88.00", or "EUR 80.00 (tier 2+)" for a tier-gated price. */
export function priceLabel(price: PlanPrice) {
  const amount = formatAmount(price.amount, price.currency_code)
  return price.min_tier_rank ? `${amount} (tier ${price.min_tier_rank}+)` : amount
}

/** "EUR 88.00 · EUR 80.00 (tier 2+) · USD 99.00". */
export function pricesSummary(prices: PlanPrice[]) {
  return prices.length ? [...prices].sort(byCurrencyThenTier).map(priceLabel).join(" · ") : "-"
}

/** What archiving and reactivating a plan mean. */
export const PLAN_CHANGES = {
  noun: "Plan",
  stopping: "Shoppers can no longer buy this plan. Existing members keep their current period.",
  restarting: "Shoppers can buy this plan again.",
}
