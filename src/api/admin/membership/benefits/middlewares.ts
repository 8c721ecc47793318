import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateBenefit, AdminListBenefitsParams, AdminUpdateBenefit } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminBenefitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/membership/benefits", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListBenefitsParams, {})] },
  { matcher: "/admin/membership/benefits", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBenefit)] },
  { matcher: "/admin/membership/benefits/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateBenefit)] },
]
