import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../utils/customer-auth"
import { StoreListCouponsParams } from "./validators"

/** A signed-in customer, who only ever reaches their own coupons. */
export const storeCouponMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/membership/coupons", middlewares: [signedInCustomer()] },
  { matcher: "/store/membership/coupons", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListCouponsParams, {})] },
]
