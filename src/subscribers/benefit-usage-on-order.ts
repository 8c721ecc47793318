import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderBenefitUsageWorkflow } from "../workflows/benefits/workflows/reconcile-order-benefit-usage"

/** Cancellation and returns give back the share of the benefits an order used (placement records them: order-placed.ts). */
export default async function benefitUsageOnOrder({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) {
    await reconcileOrderBenefitUsageWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: ["order.canceled", "order.return_received"] }
