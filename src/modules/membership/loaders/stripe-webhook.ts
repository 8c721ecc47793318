import type { LoaderOptions } from "@medusajs/framework/types"
import type { MembershipModuleOptions } from "../service"

/** Says at startup that `POST /hooks/membership/stripe` is off (a 404) without a signing secret. */
export default async function stripeWebhookLoader({ options, logger }: LoaderOptions<MembershipModuleOptions>) {
  if (!options?.stripeWebhookSecret) {
    logger?.info(
      "Membership: the Stripe webhook POST /hooks/membership/stripe is off (404) until the module option stripeWebhookSecret is set"
    )
  }
}
