import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderPointsSpendWorkflow } from "../workflows/points/workflows/reconcile-order-points-spend"
import { orderIdOfPayment } from "../workflows/common/queries/order-of-payment"

/** A refund gives back its share of the points the order was paid with. */
export default async function pointsSpendOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await reconcileOrderPointsSpendWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: ["payment.refunded"] }
