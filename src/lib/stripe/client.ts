import Stripe from "stripe"

/** The API version stripe-node 15 is typed against; a major SDK upgrade must revisit it. */
export const STRIPE_API_VERSION: Stripe.LatestApiVersion = "2024-04-10"

export type StripeClientOptions = {
  apiKey: string
  /** Replaces Node's HTTP stack, e.g. `Stripe.createFetchHttpClient(fetch)`. */
  httpClient?: Stripe.HttpClient
  maxNetworkRetries?: number
  timeout?: number
}

/** The only place the plugin constructs a Stripe client. */
export function createStripeClient({ apiKey, httpClient, maxNetworkRetries, timeout }: StripeClientOptions): Stripe {
  return new Stripe(apiKey, {
    apiVersion: STRIPE_API_VERSION,
    appInfo: { name: "medusa-membership" },
    ...(httpClient && { httpClient }),
    ...(maxNetworkRetries !== undefined && { maxNetworkRetries }),
    ...(timeout !== undefined && { timeout }),
  })
}
