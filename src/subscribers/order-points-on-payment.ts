import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderPointsWorkflow } from "../workflows/points/workflows/reconcile-order-points"
import { orderIdOfPayment } from "../workflows/common/queries/order-of-payment"

/** A capture may complete an order's payment (earning); a refund takes back its share of the points. */
export default async function orderPointsOnPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await reconcileOrderPointsWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: ["payment.captured", "payment.refunded"] }
