import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListBenefitUsagesParams } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminBenefitUsageMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/membership/benefit-usages",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListBenefitUsagesParams, {})],
  },
]
