import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseOthersAccountEmail } from "./cart-email-guard"

/** Medusa's cart routes: an account's email binds a cart to that account only when it is signed in (401 otherwise). */
export const storeCartMiddlewares: MiddlewareRoute[] = ["/store/carts", "/store/carts/:id"].map((matcher) => ({
  matcher,
  methods: ["POST" as const],
  middlewares: [refuseOthersAccountEmail],
}))
