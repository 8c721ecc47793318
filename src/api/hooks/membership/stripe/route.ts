import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStripeClient } from "../../../../lib/stripe/client"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../modules/membership"
import { handleStripeEventWorkflow } from "../../../../workflows/membership/workflows/handle-stripe-event"

/**
 * Stripe's webhook for memberships. Public, like Medusa's own `/hooks/payment/*`: the
 * signature over the raw body (and its timestamp, at most 5 minutes old) is the auth.
 * A redelivered event is acknowledged and ignored. Without `stripeWebhookSecret` the route is
 * off: a plain 404 that tells a prober nothing (the membership module's loader logs it at startup).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const options = await req.scope.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).getOptions()
  if (!options.stripeWebhookSecret) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Not found")
  }
  const signature = req.headers["stripe-signature"]
  if (typeof signature !== "string" || !req.rawBody) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing Stripe signature or body")
  }

  const stripe = createStripeClient({ apiKey: options.stripeApiKey ?? "sk_webhook_verification_only" })
  let event
  try {
    event = stripe.webhooks.constructEvent(req.rawBody, signature, options.stripeWebhookSecret)
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Refused a Stripe webhook: ${(error as Error).message}`)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid Stripe signature")
  }

  const { result } = await handleStripeEventWorkflow(req.scope).run({
    input: { event: { id: event.id, type: event.type, data: { object: event.data.object as unknown as Record<string, unknown> } } },
  })
  res.json({ received: true, duplicate: result.duplicate })
}
