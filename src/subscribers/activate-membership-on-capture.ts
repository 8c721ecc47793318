import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { activateMembershipForOrderWorkflow } from "../workflows/activate-membership-for-order"

/** A payment was captured later (by the merchant or a provider webhook): grant the plan its order bought. */
export default async function activateMembershipOnCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as { payment_collection?: { order?: { id: string } | null } } | undefined)?.payment_collection?.order?.id
  if (orderId) {
    await activateMembershipForOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured" }
