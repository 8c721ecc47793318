// The package's entry exports only its module provider; the class to extend lives in dist.
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { createStripeClient, type StripeClientOptions } from "../../lib/stripe/client"

/** Medusa's Stripe provider options (`apiKey`, `webhookSecret`, `capture`, ...) plus our client's. */
export type MembershipStripeOptions = StripeProviderService["options"] &
  Pick<StripeClientOptions, "httpClient" | "maxNetworkRetries" | "timeout">

/**
 * Medusa's own Stripe provider (payment intents, account holders, saved payment
 * methods, webhooks), with its client built by our factory so the HTTP client is
 * configurable.
 */
export default class MembershipStripeProviderService extends StripeProviderService {
  static identifier = "membership-stripe"

  constructor(cradle: Record<string, unknown>, options: MembershipStripeOptions) {
    super(cradle, options)
    this.stripe_ = createStripeClient(options)
  }
}
