import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateMallItem, AdminListMallItemsParams, AdminUpdateMallItem } from "./admin/points/mall/items/validators"
import { AdminListMallRedemptionsParams } from "./admin/points/mall/redemptions/validators"
import { StoreRedeemMallItem } from "./store/points-mall/validators"
import { StoreAddCartMallItem } from "./store/carts/[id]/points-mall-items/validators"
import { retrieveTransformQueryConfig as cartQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { listParams } from "./utils/list-params"

/**
 * The points mall's routes (spread into `middlewares.ts`):
 * - `/admin/points/mall/*`: a logged-in admin user.
 * - `GET /store/points-mall/items`: public (publishable key); a signed-in shopper also sees their tier's items.
 * - `/store/points-mall/items/:id/redeem`, `/store/points-mall/redemptions`: a signed-in customer, on their own points only.
 * - `/store/carts/:id/points-mall-items` (+ `/:line_id`): a signed-in customer, on their own cart only (another's is a 404).
 */
export const pointsMallMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/points/mall/items", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListMallItemsParams, {})] },
  { matcher: "/admin/points/mall/items", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateMallItem)] },
  { matcher: "/admin/points/mall/items/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateMallItem)] },
  {
    matcher: "/admin/points/mall/redemptions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListMallRedemptionsParams, {})],
  },
  {
    matcher: "/store/points-mall/items",
    methods: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(listParams, {}),
    ],
  },
  {
    matcher: "/store/points-mall/items/:id/redeem",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreRedeemMallItem)],
  },
  {
    matcher: "/store/carts/:id/points-mall-items*",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig)],
  },
  { matcher: "/store/carts/:id/points-mall-items", methods: ["POST"], middlewares: [validateAndTransformBody(StoreAddCartMallItem)] },
  {
    matcher: "/store/points-mall/redemptions",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(listParams, {})],
  },
]
