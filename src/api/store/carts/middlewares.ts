import type { MiddlewareRoute } from "@medusajs/framework/http"
import { shareReadsWithinRequest } from "../../../lib/request-memo"
import { refuseOthersAccountEmail } from "./cart-email-guard"

/**
 * Medusa's cart routes: an account's email binds a cart to that account only when it is signed in
 * (401 otherwise); every cart change reads the shopper's standing once however many hooks ask.
 */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts*", methods: ["POST", "DELETE"], middlewares: [shareReadsWithinRequest] },
  ...["/store/carts", "/store/carts/:id"].map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [refuseOthersAccountEmail] })),
]
