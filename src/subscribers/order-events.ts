import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderReconciliations as reconcile, type OrderReconciliation } from "../workflows/common/order-reconciliations"
import { orderHasAccount } from "../workflows/common/queries/order-account"
import { sideBySide } from "../workflows/common/utils/side-by-side"

/** What each order event can change (placed: the membership too when the payment was captured at checkout). */
const ON_ORDER_EVENT: Record<string, OrderReconciliation[]> = {
  "order.placed": [reconcile.membership, reconcile.benefitUsage, reconcile.growth, reconcile.pointsEarned, reconcile.pointsSpent],
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

/**
 * An order event brings what it can change in line with the order. Plans, benefits, growth and
 * points are account holders', so a guest's new order (most orders) is done with one read.
 */
export default async function orderEvents({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId || (event.name === "order.placed" && !(await orderHasAccount(container, orderId)))) {
    return
  }
  await sideBySide(`${event.name} ${orderId}`, (ON_ORDER_EVENT[event.name] ?? []).map((run) => () => run(container, orderId)))
}

export const config: SubscriberConfig = { event: Object.keys(ON_ORDER_EVENT) }
