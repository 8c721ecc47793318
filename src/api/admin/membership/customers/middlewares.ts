import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListCouponsParams } from "./[id]/coupons/validators"
import { AdminAdjustGrowth, AdminListGrowthParams } from "./[id]/growth/validators"

/** A customer's growth and coupon drops: a logged-in admin user (Medusa protects every `/admin` route). */
export const adminMembershipCustomerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/membership/customers/:id/growth",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListGrowthParams, {})],
  },
  { matcher: "/admin/membership/customers/:id/growth", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAdjustGrowth)] },
  {
    matcher: "/admin/membership/customers/:id/coupons",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCouponsParams, {})],
  },
]
