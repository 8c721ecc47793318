import { RENEWAL_METADATA_KEY } from "./charge-renewal"
import type { MembershipCommand } from "./membership-commands"

export const ORDER_PURCHASE_FIELDS = [
  "id",
  "customer_id",
  "email",
  "region_id",
  "currency_code",
  "sales_channel_id",
  "total",
  "metadata",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.total",
  "items.variant.membership_plan.id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.data",
]

type OrderForPurchase = {
  id: string
  customer_id?: string | null
  email?: string | null
  region_id?: string | null
  currency_code: string
  sales_channel_id?: string | null
  total: number | string | { numeric?: number }
  metadata?: Record<string, unknown> | null
  items?: { variant_id?: string | null; total: unknown; variant?: { membership_plan?: { id: string } | null } | null }[] | null
  payment_collections?: {
    payments?: {
      provider_id: string
      captured_at?: Date | string | null
      canceled_at?: Date | string | null
      data?: Record<string, unknown> | null
    }[] | null
  }[] | null
}

const numberOf = (value: unknown) => Number((value as { numeric?: number })?.numeric ?? value)

/** The saved payment method a provider left on the payment, e.g. Stripe's `payment_method` (an id or an expanded object). */
export function paymentMethodIdOf(data: Record<string, unknown> | null | undefined): string | null {
  const method = data?.payment_method
  if (typeof method === "string") {
    return method
  }
  if (method && typeof method === "object" && typeof (method as { id?: unknown }).id === "string") {
    return (method as { id: string }).id
  }
  return null
}

/**
 * The purchase an order makes, once its money is taken: the plan line, the customer, and how
 * to charge renewals (the provider and saved method that paid). Null when the order buys no
 * plan, is a renewal (those are applied by the renewal itself), or is not paid yet (nothing
 * captured, unless it cost nothing).
 */
export function purchaseFromOrder(order: OrderForPurchase | undefined, now: Date): Extract<MembershipCommand, { kind: "purchase" }> | null {
  const line = order?.items?.find((item) => item.variant?.membership_plan)
  if (!order || !line || !order.customer_id || order.metadata?.[RENEWAL_METADATA_KEY]) {
    return null
  }
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const captured = payments.find((payment) => payment.captured_at && !payment.canceled_at)
  if (!captured && numberOf(order.total) > 0) {
    return null
  }
  return {
    kind: "purchase",
    customer_id: order.customer_id,
    plan_id: line.variant!.membership_plan!.id,
    order_id: order.id,
    amount: numberOf(line.total),
    currency_code: order.currency_code,
    region_id: order.region_id ?? null,
    sales_channel_id: order.sales_channel_id ?? null,
    email: order.email ?? null,
    payment_provider_id: captured?.provider_id ?? null,
    payment_method_id: paymentMethodIdOf(captured?.data),
    now,
  }
}
