import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderReversalState, orderSwaps, type OrderReversalRow, type OrderReversalState, type OrderSwapRow } from "../utils/order-reversal-state"

/**
 * An order's reversal state (see `OrderReversalState`): the order with its items and payments,
 * then what its exchanges and claims sent out and took back. Null when there is no such order.
 */
export async function loadOrderReversalState(container: MedusaContainer, orderId: string): Promise<OrderReversalState | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "status",
      "created_at",
      "total",
      "shipping_total",
      "tax_total",
      "shipping_tax_total",
      "customer.has_account",
      "items.id",
      "items.quantity",
      "items.total",
      "items.return_received_total",
      "items.return_dismissed_total",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderReversalRow | undefined
  if (!order) {
    return null
  }
  const fields = ["additional_items.item_id", "return.items.item_id", "return.items.received_quantity"]
  const [exchanges, claims] = await Promise.all([
    query.graph({ entity: "order_exchange", fields, filters: { order_id: orderId } }),
    query.graph({ entity: "order_claim", fields: [...fields, "additional_items.is_additional_item"], filters: { order_id: orderId } }),
  ])
  return orderReversalState(order, orderSwaps(exchanges.data as OrderSwapRow[], claims.data as OrderSwapRow[]))
}
