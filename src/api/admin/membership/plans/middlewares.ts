import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminListPlansQueryConfig } from "./query-config"
import { AdminCreatePlan, AdminListPlansParams, AdminUpdatePlan } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminPlanMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/membership/plans",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPlansParams, adminListPlansQueryConfig)],
  },
  { matcher: "/admin/membership/plans", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePlan)] },
  { matcher: "/admin/membership/plans/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePlan)] },
]
