import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderGrowthWorkflow } from "../workflows/tiers/workflows/reconcile-order-growth"
import { orderIdOfPayment } from "../workflows/common/queries/order-of-payment"

/** A capture may complete an order's payment (award); a refund takes back its share of growth. */
export default async function orderGrowthOnPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await reconcileOrderGrowthWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: ["payment.captured", "payment.refunded"] }
