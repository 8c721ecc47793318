import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderPayment } from "../utils/order-payments"

const ORDER_PAYMENT_FIELDS = [
  "id",
  "payment_collections.payments.id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

/** The payments of each order, by order id. */
export async function paymentsOfOrders(container: MedusaContainer, orderIds: string[]): Promise<Map<string, OrderPayment[]>> {
  const result = new Map<string, OrderPayment[]>()
  if (!orderIds.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_PAYMENT_FIELDS, filters: { id: orderIds } })
  for (const order of data as { id: string; payment_collections?: { payments?: OrderPayment[] }[] }[]) {
    result.set(order.id, (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? []))
  }
  return result
}
