import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"

export type RenewalTarget = {
  membership_id: string
  charge_id: string
  idempotency_key: string
  customer_id: string
  email: string | null
  region_id: string | null
  currency_code: string | null
  sales_channel_id: string | null
  variant_id: string
  provider_id: string | null
  payment_method_id: string | null
  /** Told the cart id as soon as the cart exists. */
  onCart?: (cartId: string) => Promise<void>
}

export type RenewalOutcome =
  | { ok: true; order_id: string; cart_id: string; amount: number; currency_code: string }
  | { ok: false; cart_id: string | null; order_id?: string; reason: string }

/** Medusa cart metadata that marks a renewal order, so it is never mistaken for a new purchase. */
export const RENEWAL_METADATA_KEY = "membership_charge_id"

/**
 * Charges one renewal the way a checkout does: a cart with the plan for the member, a payment
 * session with the saved payment method charged off-session, cart completion (which creates
 * the renewal order), then capture if the provider only authorized. Failures are returned,
 * not thrown, so the caller can start dunning.
 */
export async function chargeRenewal(container: MedusaContainer, target: RenewalTarget): Promise<RenewalOutcome> {
  let cartId: string | null = null
  try {
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        customer_id: target.customer_id,
        email: target.email ?? undefined,
        region_id: target.region_id ?? undefined,
        currency_code: target.currency_code ?? undefined,
        sales_channel_id: target.sales_channel_id ?? undefined,
        items: [{ variant_id: target.variant_id, quantity: 1 }],
        metadata: { [RENEWAL_METADATA_KEY]: target.charge_id, membership_id: target.membership_id },
      },
    })
    cartId = cart.id
    // Recorded at once, so an attempt interrupted from here on can be traced to its cart.
    await target.onCart?.(cart.id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: priced } = await query.graph({ entity: "cart", fields: ["id", "total"], filters: { id: cart.id } })
    const total = Number((priced[0] as { total?: unknown } | undefined)?.total ?? 0)

    if (total > 0) {
      if (!target.provider_id) {
        return { ok: false, cart_id: cartId, reason: "no payment method on file" }
      }
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      const { result: session } = await createPaymentSessionsWorkflow(container).run({
        input: {
          payment_collection_id: collection.id,
          provider_id: target.provider_id,
          customer_id: target.customer_id,
          data: offSessionData(target),
          context: { idempotency_key: target.idempotency_key },
        },
      })
      const declined = declineReason(session as unknown as { status?: string; data?: Record<string, unknown> })
      if (declined) {
        return { ok: false, cart_id: cartId, reason: declined }
      }
    }

    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    try {
      await captureIfAuthorized(container, result.id)
    } catch (error) {
      // No half-charged renewal: release the authorization so nobody can capture it later.
      await cancelUncaptured(container, result.id)
      return { ok: false, cart_id: cart.id, order_id: result.id, reason: `capture failed: ${(error as Error).message}` }
    }
    return { ok: true, order_id: result.id, cart_id: cart.id, amount: total, currency_code: cart.currency_code }
  } catch (error) {
    return { ok: false, cart_id: cartId, reason: (error as Error).message || "payment failed" }
  }
}

/**
 * Provider data for an off-session charge of a saved payment method (Stripe's PaymentIntent
 * fields). The card is only authorized here and captured once the renewal order exists, so a
 * completion that fails can still cancel the authorization instead of leaving money taken.
 */
function offSessionData(target: RenewalTarget): Record<string, unknown> {
  if (!target.payment_method_id) {
    return {}
  }
  return {
    payment_method: target.payment_method_id,
    off_session: true,
    confirm: true,
    capture_method: "manual",
    metadata: { membership_id: target.membership_id, membership_charge_id: target.charge_id },
  }
}

/** A provider that declines at session creation leaves the session in "error" with its reason in the data. */
function declineReason(session: { status?: string; data?: Record<string, unknown> }): string | null {
  if (session.status !== "error") {
    return null
  }
  const error = session.data?.last_payment_error as { message?: string; code?: string } | undefined
  return error?.message ?? error?.code ?? "the payment provider declined the charge"
}

async function uncapturedPayments(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: orderId },
  })
  const payments = ((data[0] as { payment_collections?: { payments?: { id: string; captured_at?: unknown; canceled_at?: unknown }[] }[] })
    ?.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  return payments.filter((payment) => !payment.captured_at && !payment.canceled_at)
}

/** Captures what the renewal order's provider only authorized. */
export async function captureIfAuthorized(container: MedusaContainer, orderId: string) {
  for (const payment of await uncapturedPayments(container, orderId)) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  }
}

async function cancelUncaptured(container: MedusaContainer, orderId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const payment of await uncapturedPayments(container, orderId)) {
    await payments.cancelPayment(payment.id).catch(() => undefined)
  }
}
