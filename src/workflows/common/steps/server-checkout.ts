import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { paymentsOfOrders } from "../queries/order-payments"
import { uncaptured } from "../utils/order-payments"
import { declineReason, type ServerCheckoutInput } from "../utils/server-checkout"

/**
 * The bodies of steps that check out for a customer on the server (a renewal's charge, a points
 * mall order): they run Medusa's cart workflows one by one inside the calling step, because a
 * renewal turns a failure into dunning instead of rolling back, and keeps the cart it made.
 */

/**
 * A checkout the server runs for a customer, the way a storefront would: a cart with one item,
 * a payment session when it costs something, completion. Returns the order; throws on failure.
 */
export async function serverCheckout(container: MedusaContainer, input: ServerCheckoutInput) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      customer_id: input.customer_id,
      email: input.email ?? undefined,
      region_id: input.region_id ?? undefined,
      currency_code: input.currency_code ?? undefined,
      sales_channel_id: input.sales_channel_id ?? undefined,
      items: [
        {
          variant_id: input.variant_id,
          quantity: 1,
          ...(input.unit_price !== undefined ? { unit_price: input.unit_price } : {}),
          ...(input.item_metadata ? { metadata: input.item_metadata } : {}),
        },
      ],
      shipping_address: input.shipping?.address,
      metadata: input.metadata,
    },
  })
  await input.onCart?.(cart.id)
  if (input.shipping) {
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: input.shipping.option_id }] } })
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: priced } = await query.graph({ entity: "cart", fields: ["id", "total", "items.requires_shipping"], filters: { id: cart.id } })
  const read = priced[0] as { total?: unknown; items?: { requires_shipping?: boolean }[] } | undefined
  if (!input.shipping && input.unshipped_message && read?.items?.some((item) => item.requires_shipping)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, input.unshipped_message)
  }
  const total = Number(read?.total ?? 0)

  if (total > 0) {
    if (!input.payment) {
      throw input.unpaid_message
        ? new MedusaError(MedusaError.Types.INVALID_DATA, input.unpaid_message)
        : new MedusaError(MedusaError.Types.NOT_ALLOWED, "no payment method on file")
    }
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    const { result: session } = await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collection.id, customer_id: input.customer_id, ...input.payment },
    })
    const declined = declineReason(session as unknown as { status?: string; data?: Record<string, unknown> })
    if (declined) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, declined)
    }
  }

  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return { order_id: result.id, cart_id: cart.id, total, currency_code: cart.currency_code }
}

/** Captures what an order's provider only authorized. */
export async function captureIfAuthorized(container: MedusaContainer, orderId: string) {
  for (const payment of uncaptured((await paymentsOfOrders(container, [orderId])).get(orderId))) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  }
}

/** Releases what an order's provider only authorized, so nobody can capture it later. */
export async function cancelUncaptured(container: MedusaContainer, orderId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const payment of uncaptured((await paymentsOfOrders(container, [orderId])).get(orderId))) {
    await payments.cancelPayment(payment.id).catch(() => undefined)
  }
}
