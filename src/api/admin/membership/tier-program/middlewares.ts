import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminPreviewTiers, AdminSimulateTiers, AdminUpdateTierProgram } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route); `reevaluate` takes no body. */
export const adminTierProgramMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/membership/tier-program", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTierProgram)] },
  { matcher: "/admin/membership/tier-program/preview", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPreviewTiers)] },
  { matcher: "/admin/membership/tier-program/simulate", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSimulateTiers)] },
]
