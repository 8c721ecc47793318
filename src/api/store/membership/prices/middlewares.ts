import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { optionalCustomer } from "../../../utils/customer-auth"
import { StoreMemberPricesParams } from "./validators"

/** Public like the plans (publishable key); a signed-in shopper sees their own price. */
export const storeMemberPriceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/membership/prices",
    methods: ["GET"],
    middlewares: [optionalCustomer(), validateAndTransformQuery(StoreMemberPricesParams, {})],
  },
]
