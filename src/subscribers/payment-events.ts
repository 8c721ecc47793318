import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderReconciliations as reconcile, type OrderReconciliation } from "../workflows/common/order-reconciliations"
import { orderIdOfPayment } from "../workflows/common/queries/order-of-payment"
import { sideBySide } from "../workflows/common/utils/side-by-side"

/** What a payment event can change in its order: a capture may complete its payment, a refund takes back a share. */
const ON_PAYMENT_EVENT: Record<string, OrderReconciliation[]> = {
  "payment.captured": [reconcile.membership, reconcile.growth, reconcile.pointsEarned],
  "payment.refunded": [reconcile.benefitUsage, reconcile.growth, reconcile.pointsEarned, reconcile.pointsSpent],
}

/** A payment captured or refunded later (by the merchant or a provider webhook) brings its order's reconciliations in line. */
export default async function paymentEvents({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await sideBySide(`${event.name} ${orderId}`, (ON_PAYMENT_EVENT[event.name] ?? []).map((run) => () => run(container, orderId)))
  }
}

export const config: SubscriberConfig = { event: Object.keys(ON_PAYMENT_EVENT) }
