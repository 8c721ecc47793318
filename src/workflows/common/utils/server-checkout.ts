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
import { uncapturedPayments } from "./order-payments"

export type ServerCheckoutInput = {
  customer_id: string
  email?: string | null
  region_id?: string | null
  currency_code?: string | null
  sales_channel_id?: string | null
  variant_id: string
  /** A price set by the caller instead of the variant's (a custom price), e.g. 0 for an item paid with points. */
  unit_price?: number
  /** The line's metadata. */
  item_metadata?: Record<string, unknown>
  metadata?: Record<string, unknown>
  /** How to pay when the cart costs something; without it such a cart fails (a 400 with `unpaid_message` when given). */
  payment?: { provider_id: string; data?: Record<string, unknown>; context?: Record<string, unknown> } | null
  unpaid_message?: string
  /** Without `shipping`, an item that ships fails the checkout with this 400 (else Medusa's, which speaks of a cart). */
  unshipped_message?: string
  /** For an item that ships: where to, and the shipping option to use. */
  shipping?: { option_id: string; address: { country_code: string; city?: string; address_1?: string; postal_code?: string } } | null
  /** Told the cart id as soon as the cart exists. */
  onCart?: (cartId: string) => Promise<void>
}

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

/** A provider that declines at session creation leaves the session in "error" with its reason in the data. */
function declineReason(session: { status?: string; data?: Record<string, unknown> }): string | null {
  if (session.status !== "error") {
    return null
  }
  const error = session.data?.last_payment_error as { message?: string; code?: string } | undefined
  return error?.message ?? error?.code ?? "the payment provider declined the charge"
}

/** Captures what an order's provider only authorized. */
export async function captureIfAuthorized(container: MedusaContainer, orderId: string) {
  for (const payment of await uncapturedPayments(container, orderId)) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  }
}

/** Releases what an order's provider only authorized, so nobody can capture it later. */
export async function cancelUncaptured(container: MedusaContainer, orderId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const payment of await uncapturedPayments(container, orderId)) {
    await payments.cancelPayment(payment.id).catch(() => undefined)
  }
}
