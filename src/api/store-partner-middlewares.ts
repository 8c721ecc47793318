import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreClaimPartnerBenefit, StoreListPartnerBenefitsParams } from "./store/partner-benefits/validators"

/**
 * The shopper's partner benefits (spread into `middlewares.ts`): a signed-in customer, who only
 * ever sees and claims their own codes.
 */
export const storePartnerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/partner-benefits",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreListPartnerBenefitsParams, {})],
  },
  {
    matcher: "/store/partner-benefits/:id/claim",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreClaimPartnerBenefit)],
  },
]
