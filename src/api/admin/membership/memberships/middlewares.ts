import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminListMembershipsQueryConfig } from "./query-config"
import { AdminCancelMembership, AdminExtendMembership, AdminListMembershipsParams } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminMembershipMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/membership/memberships",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListMembershipsParams, adminListMembershipsQueryConfig)],
  },
  {
    matcher: "/admin/membership/memberships/:id/cancel",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCancelMembership)],
  },
  {
    matcher: "/admin/membership/memberships/:id/extend",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminExtendMembership)],
  },
]
