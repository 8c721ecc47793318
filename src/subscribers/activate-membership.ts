import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { activateMembershipForOrderWorkflow } from "../workflows/membership/workflows/activate-membership-for-order"

/** An order was placed with its payment captured at once (e.g. automatic capture): grant the plan. */
export default async function activateMembershipOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await activateMembershipForOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }

