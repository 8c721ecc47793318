import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { ownCartMiddlewares } from "../../own-cart"
import { StoreApplyCartPoints } from "./validators"

/** Points at checkout: a signed-in customer, on their own cart only. */
export const storeCartPointsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/points", middlewares: ownCartMiddlewares() },
  { matcher: "/store/carts/:id/points", methods: ["POST"], middlewares: [validateAndTransformBody(StoreApplyCartPoints)] },
]
