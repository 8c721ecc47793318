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
  /** The cart an interrupted run of this checkout left: carried on instead of a new one. */
  resume_cart_id?: string | null
}

/** A provider that declines at session creation leaves the session in "error" with its reason in the data. */
export function declineReason(session: { status?: string; data?: Record<string, unknown> }): string | null {
  if (session.status !== "error") {
    return null
  }
  const error = session.data?.last_payment_error as { message?: string; code?: string } | undefined
  return error?.message ?? error?.code ?? "the payment provider declined the charge"
}
