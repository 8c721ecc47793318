import { roundMoney } from "../../../lib/money"

export type BenefitUsageInput = {
  customer_id: string
  membership_id: string | null
  benefit_id: string
  benefit_type: string
  order_id: string | null
  value: number
  currency_code: string
  used_at: Date
  idempotency_key: string
  reversed_value: number
}

export type BenefitUsageReversal = { id: string; reversed_value: number; previous: number }

type Adjusted = { adjustments?: { amount: number; promotion_id?: string | null }[] | null }

export type OrderLines = {
  region_id?: string | null
  items?: ({ variant_id?: string | null; detail?: { quantity: number } | null; unit_price: number } & Adjusted)[]
  shipping_methods?: Adjusted[]
}

/** The order fields benefit usage is measured on: its lines' prices and every adjustment. */
export const ORDER_LINES_FIELDS = [
  "region_id",
  "items.id",
  "items.variant_id",
  // An order line's quantity is kept in its item detail; `items.quantity` alone comes back empty.
  "items.detail.quantity",
  "items.unit_price",
  "items.adjustments.amount",
  "items.adjustments.promotion_id",
  "shipping_methods.adjustments.amount",
  "shipping_methods.adjustments.promotion_id",
]

export const benefitUsageKey = (orderId: string, benefitId: string) => `order:${orderId}:benefit:${benefitId}`

/** The adjustments of the order's lines and shipping methods. */
export const orderAdjustments = (lines: OrderLines) =>
  [...(lines.items ?? []), ...(lines.shipping_methods ?? [])].flatMap((line) => line.adjustments ?? [])

/** Adds each adjustment's amount to the value of the benefit behind its promotion (`benefitOf`). */
export function addAdjustmentValues(
  values: Map<string, number>,
  adjustments: { amount: number; promotion_id?: string | null }[],
  benefitOf: Map<string, string>
) {
  for (const adjustment of adjustments) {
    const benefitId = adjustment.promotion_id ? benefitOf.get(adjustment.promotion_id) : undefined
    if (benefitId) {
      values.set(benefitId, (values.get(benefitId) ?? 0) + Number(adjustment.amount))
    }
  }
}

/** One usage record per benefit whose value (by benefit id) is positive and whose type is known. */
export function usagesOfValues(
  values: Map<string, number>,
  typeOf: Map<string, string>,
  order: { id: string; customer_id: string; membership_id: string | null; currency_code: string; created_at: string | Date }
): Omit<BenefitUsageInput, "reversed_value">[] {
  return [...values.entries()]
    .map(([benefitId, value]) => ({ benefitId, value: roundMoney(value, order.currency_code) }))
    .filter(({ benefitId, value }) => value > 0 && typeOf.has(benefitId))
    .map(({ benefitId, value }) => ({
      customer_id: order.customer_id,
      membership_id: order.membership_id,
      benefit_id: benefitId,
      benefit_type: typeOf.get(benefitId)!,
      order_id: order.id,
      value,
      currency_code: order.currency_code,
      used_at: new Date(order.created_at),
      idempotency_key: benefitUsageKey(order.id, benefitId),
    }))
}

/** The recorded usages whose reversed value grows to `reversedShare` of their value. */
export function usageReversals(
  recorded: { id: string; value: unknown; reversed_value: unknown; currency_code: string }[],
  reversedShare: (value: number, currencyCode: string) => number
): BenefitUsageReversal[] {
  const reverse: BenefitUsageReversal[] = []
  for (const usage of recorded) {
    const target = reversedShare(Number(usage.value), usage.currency_code)
    const previous = Number(usage.reversed_value)
    // Reversals only grow: a later, smaller ratio never gives value back to the member.
    if (target > previous) {
      reverse.push({ id: usage.id, reversed_value: target, previous })
    }
  }
  return reverse
}
