import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminListPlansQueryConfig } from "./admin/membership/plans/query-config"
import { AdminCreatePlan, AdminListPlansParams } from "./admin/membership/plans/validators"
import { storeListPlansQueryConfig } from "./store/membership/plans/query-config"
import { StoreListPlansParams } from "./store/membership/plans/validators"

/**
 * Auth per route family:
 * - `/admin/membership/*`: a logged-in admin user (Medusa protects every `/admin` route).
 * - `/store/membership/plans`: public catalog, needs the store's publishable API key
 *   (Medusa requires it on every `/store` route).
 */
export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/membership/plans",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPlansParams, adminListPlansQueryConfig)],
    },
    {
      matcher: "/admin/membership/plans",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreatePlan)],
    },
    {
      matcher: "/store/membership/plans",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListPlansParams, storeListPlansQueryConfig)],
    },
  ],
})
