import Stripe from "stripe"
import { FakeStripeError } from "./errors"
import { customerRoutes } from "./resources/customers"
import { confirmIntent, paymentIntentRoutes, present, requireIntent } from "./resources/payment-intents"
import { paymentMethodRoutes } from "./resources/payment-methods"
import { refundRoutes } from "./resources/refunds"
import { setupIntentRoutes } from "./resources/setup-intents"
import { createFakeFetch } from "./server"
import { FakeStripeState, type FakePaymentIntent } from "./state"

export type * from "./state"
export { TEST_CARDS } from "./cards"
export { signedWebhook } from "./webhooks"

export type FakeStripe = ReturnType<typeof createFakeStripe>

/** An in-memory Stripe account and the HTTP client that talks to it. */
export function createFakeStripe() {
  const state = new FakeStripeState()
  const fetch = createFakeFetch(state, [
    ...customerRoutes,
    ...paymentMethodRoutes,
    ...paymentIntentRoutes,
    ...refundRoutes,
    ...setupIntentRoutes,
  ])

  return {
    state,
    fetch,
    /** Pass as the provider's `httpClient` option. */
    httpClient: Stripe.createFetchHttpClient(fetch),
    reset: () => state.reset(),

    /**
     * What Stripe.js does in the shopper's browser (`stripe.confirmPayment`):
     * confirms the intent with a card, completing 3-D Secure if asked. Returns the
     * intent as Stripe leaves it; a declined card leaves it in
     * `requires_payment_method` with `last_payment_error` set. Other refusals
     * (wrong status, someone else's card) throw the fake's Stripe error.
     */
    confirmIntent(id: string, paymentMethod = "pm_card_visa"): FakePaymentIntent {
      const intent = requireIntent(state, id)
      try {
        confirmIntent(state, intent, { withPaymentMethod: paymentMethod, onClient: true })
      } catch (error) {
        if (!(error instanceof FakeStripeError) || error.status !== 402) {
          throw error
        }
      }
      return structuredClone(intent)
    },

    /** The intent as the API would return it (`expand: ["payment_method"]` optional). */
    intent: (id: string, expand: string[] = []) => structuredClone(present(state, requireIntent(state, id), expand)),

    /** The POSTs that created payment intents, oldest first, with their Idempotency-Key. */
    intentCreations: () => state.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents"),
  }
}

/**
 * The one fake the test app's config (integration-tests/medusa-config.ts) and the
 * specs share: both run in the same Jest module registry.
 */
export const fakeStripe = createFakeStripe()
