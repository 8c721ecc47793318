import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderPointsSpendWorkflow } from "../workflows/points/workflows/reconcile-order-points-spend"

/** Cancellation gives the points spent on an order back (placement ties the debit to it: order-placed.ts). */
export default async function pointsSpendOnOrder({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) {
    await reconcileOrderPointsSpendWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: "order.canceled" }
