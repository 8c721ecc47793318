import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderPointsSpendWorkflow } from "../workflows/points/workflows/reconcile-order-points-spend"

/** Placement ties the checkout's points debit to the order; cancellation gives the points back. */
export default async function pointsSpendOnOrder({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) {
    await reconcileOrderPointsSpendWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
