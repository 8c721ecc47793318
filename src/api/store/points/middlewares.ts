import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { signedInCustomer } from "../../utils/customer-auth"
import { listParams } from "../../utils/list-params"

/** A signed-in customer, who only ever reaches their own points. */
export const storePointsMiddlewares: MiddlewareRoute[] = [
  // Listed one by one: `/store/points*` would also match the mall's `/store/points-mall/*`.
  ...["/store/points", "/store/points/transactions"].map((matcher) => ({ matcher, middlewares: [signedInCustomer()] })),
  { matcher: "/store/points/transactions", methods: ["GET"], middlewares: [validateAndTransformQuery(listParams, {})] },
]
