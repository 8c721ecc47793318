import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperPricingContext } from "../../../workflows/benefits/queries/shopper-pricing-context"

/**
 * Adds the signed-in shopper's membership pricing context (member-price benefits, tier rank,
 * trial eligibility) to the context Medusa's own middleware of `/store/products` built, so
 * `calculated_price` is what their cart would charge. Registered on the same matchers as
 * Medusa's, it runs after it (same route node, core routes load first).
 */
export async function withMembershipPricingContext(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!req.pricingContext || !customerId) {
    return next()
  }
  try {
    const membership = await shopperPricingContext(req.scope, customerId)
    req.pricingContext = { ...req.pricingContext, ...membership } as typeof req.pricingContext
    next()
  } catch (error) {
    next(error)
  }
}
