import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateMallItem, AdminListMallItemsParams, AdminUpdateMallItem } from "./items/validators"
import { AdminListMallRedemptionsParams } from "./redemptions/validators"

/** The points mall's items and redemptions: a logged-in admin user (Medusa protects every `/admin` route). */
export const adminPointsMallMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/points/mall/items", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListMallItemsParams, {})] },
  { matcher: "/admin/points/mall/items", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateMallItem)] },
  { matcher: "/admin/points/mall/items/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateMallItem)] },
  {
    matcher: "/admin/points/mall/redemptions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListMallRedemptionsParams, {})],
  },
]
