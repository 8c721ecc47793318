import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { optionalCustomer } from "../../../utils/customer-auth"
import { storeListPlansQueryConfig } from "./query-config"
import { StoreListPlansParams } from "./validators"

/** The public catalogue (publishable key); a signed-in shopper sees their own price. */
export const storePlanMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/membership/plans",
    methods: ["GET"],
    middlewares: [optionalCustomer(), validateAndTransformQuery(StoreListPlansParams, storeListPlansQueryConfig)],
  },
]
