import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type OrderPayment = { id: string; captured_at?: unknown; canceled_at?: unknown }

/** The payments of each order, by order id. */
export async function paymentsOfOrders(container: MedusaContainer, orderIds: string[]): Promise<Map<string, OrderPayment[]>> {
  const result = new Map<string, OrderPayment[]>()
  if (!orderIds.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderIds },
  })
  for (const order of data as { id: string; payment_collections?: { payments?: OrderPayment[] }[] }[]) {
    result.set(order.id, (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? []))
  }
  return result
}

/** An order's payments that were only authorized (neither captured nor canceled). */
export async function uncapturedPayments(container: MedusaContainer, orderId: string): Promise<OrderPayment[]> {
  const payments = (await paymentsOfOrders(container, [orderId])).get(orderId) ?? []
  return payments.filter((payment) => !payment.captured_at && !payment.canceled_at)
}
