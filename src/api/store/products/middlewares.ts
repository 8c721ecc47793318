import type { MiddlewareRoute } from "@medusajs/framework/http"
import { withMembershipPricingContext } from "./membership-pricing-context"
import { hidePlanProducts } from "./plan-products-listing"

/**
 * Medusa's catalogue routes (the publishable key, as Medusa requires): a signed-in member's
 * membership pricing context is added after Medusa's own, so `calculated_price` shows their
 * member prices; the `/store/products` list leaves plans' products out unless the request names
 * them (see plan-products-listing.ts).
 */
export const storeProductMiddlewares: MiddlewareRoute[] = [
  // Same matchers as Medusa's, not `/store/products*` (a wildcard sorts before them and would run first).
  ...["/store/products", "/store/products/:id", "/store/product-variants", "/store/product-variants/:id"].map((matcher) => ({
    matcher,
    methods: ["GET" as const],
    middlewares: [withMembershipPricingContext],
  })),
  // After Medusa's own too, so its filters (published, the key's sales channels) are already set.
  { matcher: "/store/products", methods: ["GET"], middlewares: [hidePlanProducts] },
]
