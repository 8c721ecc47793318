import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminListPlansQueryConfig } from "./admin/membership/plans/query-config"
import { AdminCreatePlan, AdminListPlansParams, AdminUpdatePlan } from "./admin/membership/plans/validators"
import { adminListMembershipsQueryConfig } from "./admin/membership/memberships/query-config"
import {
  AdminCancelMembership,
  AdminExtendMembership,
  AdminListMembershipsParams,
} from "./admin/membership/memberships/validators"
import { StoreSetPaymentMethod, StoreStartPaymentMethodSetup } from "./store/membership/me/validators"
import { storeListPlansQueryConfig } from "./store/membership/plans/query-config"
import { StoreListPlansParams } from "./store/membership/plans/validators"

/**
 * Auth per route family:
 * - `/admin/membership/*`: a logged-in admin user (Medusa protects every `/admin` route).
 * - `/store/membership/plans`: public catalog, needs the store's publishable API key
 *   (Medusa requires it on every `/store` route); a signed-in shopper sees their own price.
 * - `/store/membership/me*`: a signed-in customer, who only ever reaches their own membership.
 * - `/hooks/membership/stripe`: public; the Stripe signature over the raw body is checked by the route.
 */
export default defineMiddlewares({
  routes: [
    {
      matcher: "/hooks/membership/stripe",
      methods: ["POST"],
      bodyParser: { preserveRawBody: true },
    },
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
      matcher: "/admin/membership/plans/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdatePlan)],
    },
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
    {
      matcher: "/store/membership/me*",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/membership/me/payment-method/setup",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreStartPaymentMethodSetup)],
    },
    {
      matcher: "/store/membership/me/payment-method",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreSetPaymentMethod)],
    },
    {
      matcher: "/store/membership/plans",
      methods: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(StoreListPlansParams, storeListPlansQueryConfig),
      ],
    },
  ],
})
