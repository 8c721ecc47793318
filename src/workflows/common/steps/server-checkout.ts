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
 * With `resume_cart_id` it carries on the cart an interrupted checkout left instead of starting
 * another: the steps already done (shipping, payment collection, payment session) are not done
 * again, so the provider is asked for one payment, and a completed cart returns its order.
 */
export async function serverCheckout(container: MedusaContainer, input: ServerCheckoutInput) {
  const cartId = input.resume_cart_id ? await cartFreeOfDeadHolder(container, input.resume_cart_id) : await createServerCart(container, input)
  let cart = await checkoutState(container, cartId)
  if (input.shipping && !cart.shipping_methods?.length) {
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: input.shipping.option_id }] } })
    cart = await checkoutState(container, cartId)
  }
  if (!input.shipping && input.unshipped_message && cart.items?.some((item) => item.requires_shipping)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, input.unshipped_message)
  }
  const total = Number(cart.total ?? 0)

  if (total > 0 && !cart.completed_at && !cart.payment_collection?.payment_sessions?.length) {
    if (!input.payment) {
      throw input.unpaid_message
        ? new MedusaError(MedusaError.Types.INVALID_DATA, input.unpaid_message)
        : new MedusaError(MedusaError.Types.NOT_ALLOWED, "no payment method on file")
    }
    const collectionId =
      cart.payment_collection?.id ?? (await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })).result.id
    const { result: session } = await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collectionId, customer_id: input.customer_id, ...input.payment },
    })
    const declined = declineReason(session as unknown as { status?: string; data?: Record<string, unknown> })
    if (declined) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, declined)
    }
  }

  const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
  return { order_id: result.id, cart_id: cartId, total, currency_code: cart.currency_code }
}

async function createServerCart(container: MedusaContainer, input: ServerCheckoutInput): Promise<string> {
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
  return cart.id
}

/** Medusa's cart lock lapses this long after its holder died (`completeCartWorkflow`'s TTL), plus a margin. */
const CART_LOCK_LAPSE_SECONDS = 150

/**
 * A cart whose checkout was interrupted, once its lock is free: a process that died while
 * completing it still holds Medusa's cart lock until the TTL runs out, and completing it before
 * then would fail as if the payment had.
 */
async function cartFreeOfDeadHolder(container: MedusaContainer, cartId: string): Promise<string> {
  await container.resolve(Modules.LOCKING).execute(cartId, async () => undefined, { timeout: CART_LOCK_LAPSE_SECONDS })
  return cartId
}

type CheckoutState = {
  currency_code: string
  total?: unknown
  items?: { requires_shipping?: boolean }[]
  completed_at?: unknown
  shipping_methods?: { id: string }[]
  payment_collection?: { id: string; payment_sessions?: { id: string }[] } | null
}

/** What a cart's checkout has done so far. */
async function checkoutState(container: MedusaContainer, cartId: string): Promise<CheckoutState> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "items.requires_shipping",
      "completed_at",
      "shipping_methods.id",
      "payment_collection.id",
      "payment_collection.payment_sessions.id",
    ],
    filters: { id: cartId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  }
  return data[0] as CheckoutState
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
