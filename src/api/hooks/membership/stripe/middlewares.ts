import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Public: the route checks Stripe's signature over the raw body, which Medusa keeps for it here. */
export const stripeHookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/membership/stripe",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
  },
]
