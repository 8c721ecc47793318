import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMembershipPaymentMethodWorkflow } from "../../../../../workflows/membership/workflows/set-membership-payment-method"
import { retrieveShopperMembership } from "../views"
import { ownMembershipId } from "../own-membership"
import type { StoreSetPaymentMethodType } from "../validators"
import { providerForCard } from "./renewal-provider"

/** Renewals charge this saved payment method from now on; a past-due membership is retried with it. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSetPaymentMethodType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const id = await ownMembershipId(req.scope, customerId)
  const providerId = await providerForCard(req.scope, id, req.validatedBody.provider_id)
  await setMembershipPaymentMethodWorkflow(req.scope).run({
    input: { membership_id: id, customer_id: customerId, provider_id: providerId, payment_method_id: req.validatedBody.payment_method_id },
  })
  res.json({ membership: await retrieveShopperMembership(req.scope, id) })
}
