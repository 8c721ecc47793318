import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateTier, AdminListTiersParams, AdminUpdateTier } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminTierMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/membership/tiers", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListTiersParams, {})] },
  { matcher: "/admin/membership/tiers", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateTier)] },
  { matcher: "/admin/membership/tiers/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTier)] },
]
