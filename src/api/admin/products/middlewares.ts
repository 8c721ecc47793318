import type { MiddlewareRoute } from "@medusajs/framework/http"
import { hideMemberPrices, keepMemberPrices } from "./member-prices-guard"

/**
 * Medusa's own product routes (a logged-in admin user, as Medusa requires) neither show nor drop
 * member prices (see member-prices-guard.ts).
 */
export const adminProductMiddlewares: MiddlewareRoute[] = [
  ...[
    "/admin/products",
    "/admin/products/batch",
    "/admin/products/:id",
    "/admin/products/:id/variants",
    "/admin/products/:id/variants/batch",
    "/admin/products/:id/variants/:variant_id",
    "/admin/product-variants",
  ].map((matcher) => ({ matcher, methods: ["GET" as const, "POST" as const], middlewares: [hideMemberPrices] })),
  ...[
    "/admin/products/batch",
    "/admin/products/:id",
    "/admin/products/:id/variants/batch",
    "/admin/products/:id/variants/:variant_id",
  ].map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [keepMemberPrices] })),
]
