import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { optionalCustomer, signedInCustomer } from "../../utils/customer-auth"
import { listParams } from "../../utils/list-params"
import { StoreRedeemMallItem } from "./validators"

/**
 * - `GET /store/points-mall/items`: public (publishable key); a signed-in shopper also sees their tier's items.
 * - `/items/:id/redeem`, `/redemptions`: a signed-in customer, on their own points only.
 */
export const storePointsMallMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/points-mall/items", methods: ["GET"], middlewares: [optionalCustomer(), validateAndTransformQuery(listParams, {})] },
  {
    matcher: "/store/points-mall/items/:id/redeem",
    methods: ["POST"],
    middlewares: [signedInCustomer(), validateAndTransformBody(StoreRedeemMallItem)],
  },
  {
    matcher: "/store/points-mall/redemptions",
    methods: ["GET"],
    middlewares: [signedInCustomer(), validateAndTransformQuery(listParams, {})],
  },
]
