import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCartMallMiddlewares } from "./carts/[id]/points-mall-items/middlewares"
import { storeCartPointsMiddlewares } from "./carts/[id]/points/middlewares"
import { storeCartMiddlewares } from "./carts/middlewares"
import { storeBenefitMiddlewares } from "./membership/benefits/middlewares"
import { storeCheckInMiddlewares } from "./membership/check-in/middlewares"
import { storeCouponMiddlewares } from "./membership/coupons/middlewares"
import { storeGrowthMiddlewares } from "./membership/growth/middlewares"
import { storeOwnMembershipMiddlewares } from "./membership/me/middlewares"
import { storePlanMiddlewares } from "./membership/plans/middlewares"
import { storeMemberPriceMiddlewares } from "./membership/prices/middlewares"
import { storeTierMiddlewares } from "./membership/tier/middlewares"
import { storePartnerBenefitMiddlewares } from "./partner-benefits/middlewares"
import { storePointsMallMiddlewares } from "./points-mall/middlewares"
import { storePointsMiddlewares } from "./points/middlewares"
import { storeProductMiddlewares } from "./products/middlewares"

/** Every `/store` route of the plugin, and what it adds to Medusa's product and cart routes. */
export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeProductMiddlewares,
  ...storeCartMiddlewares,
  ...storeCartPointsMiddlewares,
  ...storeCartMallMiddlewares,
  ...storeBenefitMiddlewares,
  ...storeMemberPriceMiddlewares,
  ...storeOwnMembershipMiddlewares,
  ...storeTierMiddlewares,
  ...storeGrowthMiddlewares,
  ...storeCheckInMiddlewares,
  ...storeCouponMiddlewares,
  ...storePlanMiddlewares,
  ...storePointsMiddlewares,
  ...storePointsMallMiddlewares,
  ...storePartnerBenefitMiddlewares,
]
