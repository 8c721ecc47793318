import type { MiddlewareRoute } from "@medusajs/framework/http"
import { optionalCustomer } from "../../../utils/customer-auth"

/** The public catalogue (publishable key); a signed-in shopper sees what they have now. */
export const storeBenefitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/membership/benefits", methods: ["GET"], middlewares: [optionalCustomer()] },
]
