import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startPaymentMethodSetupWorkflow } from "../../../../../../workflows/membership/workflows/start-payment-method-setup"
import { ownMembershipId } from "../../own-membership"
import type { StoreStartPaymentMethodSetupType } from "../../validators"
import { providerForCard } from "../renewal-provider"

/**
 * Starts saving a card for renewals: returns the provider's setup (for Stripe a SetupIntent
 * `id` and `client_secret` to confirm with Stripe.js), then `POST …/payment-method` picks it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreStartPaymentMethodSetupType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const id = await ownMembershipId(req.scope, customerId)
  const providerId = await providerForCard(req.scope, id, req.validatedBody.provider_id)
  const { result } = await startPaymentMethodSetupWorkflow(req.scope).run({
    input: { customer_id: customerId, provider_id: providerId },
  })
  res.json({ setup: { ...result, provider_id: providerId } })
}
