import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../utils/customer-auth"
import { listParams } from "../../../utils/list-params"

/** A signed-in customer, who only ever reaches their own growth. */
export const storeGrowthMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/membership/growth", middlewares: [signedInCustomer()] },
  { matcher: "/store/membership/growth", methods: ["GET"], middlewares: [validateAndTransformQuery(listParams, {})] },
]
