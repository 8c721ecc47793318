import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { ownCartMiddlewares } from "../../own-cart"
import { StoreAddCartMallItem } from "./validators"

/** Points mall lines (+ `/:line_id`): a signed-in customer, on their own cart only. */
export const storeCartMallMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/points-mall-items*", middlewares: ownCartMiddlewares() },
  { matcher: "/store/carts/:id/points-mall-items", methods: ["POST"], middlewares: [validateAndTransformBody(StoreAddCartMallItem)] },
]
