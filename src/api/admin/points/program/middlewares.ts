import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdatePointsProgram } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminPointsProgramMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/points/program", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePointsProgram)] },
]
