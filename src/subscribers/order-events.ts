import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderReconciliations as reconcile, type OrderReconciliation } from "../workflows/common/order-reconciliations"
import { orderPlacement } from "../workflows/common/queries/order-placement"
import { sideBySide } from "../workflows/common/utils/side-by-side"

/** What each order event can change. */
const ON_ORDER_EVENT: Record<string, OrderReconciliation[]> = {
  "order.placed": [reconcile.benefitUsage, reconcile.pointsSpent],
  "order.completed": [reconcile.growth, reconcile.pointsEarned],
  "order.canceled": [
    reconcile.benefitUsage,
    reconcile.growth,
    reconcile.pointsEarned,
    reconcile.pointsSpent,
    reconcile.mallRedemptions,
    reconcile.membershipTime,
  ],
  "order.return_received": [reconcile.benefitUsage, reconcile.growth, reconcile.pointsEarned],
}

/** A placed order that awaits no capture (captured at checkout, or nothing to pay) also owes what waits for payment. */
const ON_PAID_PLACEMENT = [reconcile.membership, reconcile.growth, reconcile.pointsEarned]

/**
 * An order event brings what it can change in line with the order. Placement reads first what
 * the order takes part in: nothing for a guest (most orders), and what waits for payment only
 * when it awaits no capture (otherwise `payment.captured` brings it).
 */
export default async function orderEvents({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) {
    return
  }
  let runs = ON_ORDER_EVENT[event.name] ?? []
  if (event.name === "order.placed") {
    const placement = await orderPlacement(container, orderId)
    if (!placement?.has_account) {
      return
    }
    runs = placement.awaits_capture ? runs : [...runs, ...ON_PAID_PLACEMENT]
  }
  await sideBySide(`${event.name} ${orderId}`, runs.map((run) => () => run(container, orderId)))
}

export const config: SubscriberConfig = { event: Object.keys(ON_ORDER_EVENT) }
