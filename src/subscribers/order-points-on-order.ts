import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderPointsWorkflow } from "../workflows/points/workflows/reconcile-order-points"

/** Order events that can change what an order is owed in points (placement: order-placed.ts). */
export default async function orderPointsOnOrder({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) {
    await reconcileOrderPointsWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: ["order.completed", "order.canceled", "order.return_received"],
}
