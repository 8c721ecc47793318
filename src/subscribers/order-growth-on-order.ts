import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderGrowthWorkflow } from "../workflows/tiers/workflows/reconcile-order-growth"

/**
 * Order events that can change what an order is owed in growth (placement, which matters only
 * when the payment was captured during checkout, runs it from order-placed.ts).
 */
export default async function orderGrowthOnOrder({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) {
    await reconcileOrderGrowthWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: ["order.completed", "order.canceled", "order.return_received"],
}
