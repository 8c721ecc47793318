import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminAdjustPoints } from "./[id]/adjust/validators"
import { AdminListCustomerPointsParams } from "./[id]/validators"

/** A customer's points: a logged-in admin user (Medusa protects every `/admin` route). */
export const adminPointsCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/points/customers/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCustomerPointsParams, {})] },
  { matcher: "/admin/points/customers/:id/adjust", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAdjustPoints)] },
]
