import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminInsightsSummaryParams } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminInsightsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/membership/insights/summary", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminInsightsSummaryParams, {})] },
]
