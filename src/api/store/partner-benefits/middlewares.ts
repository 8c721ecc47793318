import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { signedInCustomer } from "../../utils/customer-auth"
import { StoreClaimPartnerBenefit, StoreListPartnerBenefitsParams } from "./validators"

/** A signed-in customer, who only ever sees and claims their own codes (a benefit they do not hold is a 403). */
export const storePartnerBenefitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/partner-benefits*", middlewares: [signedInCustomer()] },
  { matcher: "/store/partner-benefits", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListPartnerBenefitsParams, {})] },
  { matcher: "/store/partner-benefits/:id/claim", methods: ["POST"], middlewares: [validateAndTransformBody(StoreClaimPartnerBenefit)] },
]
