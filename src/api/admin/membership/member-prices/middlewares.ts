import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetMemberPricesParams, AdminSetMemberPrices } from "./validators"

/** A logged-in admin user (Medusa protects every `/admin` route). */
export const adminMemberPriceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/membership/member-prices", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetMemberPricesParams, {})] },
  {
    matcher: "/admin/membership/member-prices",
    methods: ["POST"],
    // Up to 1000 rows, more than Medusa's default 100kb.
    bodyParser: { sizeLimit: "1mb" },
    middlewares: [validateAndTransformBody(AdminSetMemberPrices)],
  },
]
