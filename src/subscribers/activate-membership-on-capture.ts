import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { activateMembershipForOrderWorkflow } from "../workflows/membership/workflows/activate-membership-for-order"
import { orderIdOfPayment } from "../workflows/common/queries/order-of-payment"

/** A payment was captured later (by the merchant or a provider webhook): grant the plan its order bought. */
export default async function activateMembershipOnCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await activateMembershipForOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured" }
