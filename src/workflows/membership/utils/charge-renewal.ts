import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelUncaptured, captureIfAuthorized, serverCheckout } from "../../common/steps/server-checkout"

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
    const order = await serverCheckout(container, {
      customer_id: target.customer_id,
      email: target.email,
      region_id: target.region_id,
      currency_code: target.currency_code,
      sales_channel_id: target.sales_channel_id,
      variant_id: target.variant_id,
      metadata: { [RENEWAL_METADATA_KEY]: target.charge_id, membership_id: target.membership_id },
      payment: target.provider_id
        ? { provider_id: target.provider_id, data: offSessionData(target), context: { idempotency_key: target.idempotency_key } }
        : null,
      onCart: async (id) => {
        cartId = id
        await target.onCart?.(id)
      },
    })
    try {
      await captureIfAuthorized(container, order.order_id)
    } catch (error) {
      // No half-charged renewal: release the authorization so nobody can capture it later.
      await cancelUncaptured(container, order.order_id)
      return { ok: false, cart_id: order.cart_id, order_id: order.order_id, reason: `capture failed: ${(error as Error).message}` }
    }
    return { ok: true, order_id: order.order_id, cart_id: order.cart_id, amount: order.total, currency_code: order.currency_code }
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
