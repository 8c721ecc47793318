import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../utils/customer-auth"
import { StoreSetPaymentMethod, StoreStartPaymentMethodSetup } from "./validators"

/** The shopper's own membership (`/me` and below): a signed-in customer, who only ever reaches their own. */
export const storeOwnMembershipMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/membership/me*", middlewares: [signedInCustomer()] },
  {
    matcher: "/store/membership/me/payment-method/setup",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreStartPaymentMethodSetup)],
  },
  { matcher: "/store/membership/me/payment-method", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSetPaymentMethod)] },
]
