import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelOrderMallRedemptionsWorkflow } from "../workflows/points-mall/workflows/cancel-order-mall-redemptions"

/** A canceled order gives back the points mall redemptions it carried. */
export default async function pointsMallOnOrderCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderMallRedemptionsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
