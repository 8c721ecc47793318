import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderBenefitUsageWorkflow } from "../workflows/benefits/workflows/reconcile-order-benefit-usage"
import { orderIdOfPayment } from "../workflows/common/queries/order-of-payment"

/** A refund gives back its share of the benefits the order used. */
export default async function benefitUsageOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await reconcileOrderBenefitUsageWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: ["payment.refunded"] }
