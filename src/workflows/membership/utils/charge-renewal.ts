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
  /** The cart a dead worker left for this attempt, carried on rather than charged afresh. */
  resume_cart_id?: string | null
}

export type RenewalOutcome =
  | { ok: true; order_id: string; cart_id: string; amount: number; currency_code: string }
  | { ok: false; cart_id: string | null; order_id?: string; reason: string }

/** Medusa cart metadata that marks a renewal order, so it is never mistaken for a new purchase. */
export const RENEWAL_METADATA_KEY = "membership_charge_id"

/**
 * Provider data for an off-session charge of a saved payment method (Stripe's PaymentIntent
 * fields). The card is only authorized here and captured once the renewal order exists, so a
 * completion that fails can still cancel the authorization instead of leaving money taken.
 */
export function offSessionData(target: RenewalTarget): Record<string, unknown> {
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
