import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminBenefitUsageMiddlewares } from "./membership/benefit-usages/middlewares"
import { adminBenefitMiddlewares } from "./membership/benefits/middlewares"
import { adminMembershipCustomerMiddlewares } from "./membership/customers/middlewares"
import { adminInsightsMiddlewares } from "./membership/insights/middlewares"
import { adminMemberPriceMiddlewares } from "./membership/member-prices/middlewares"
import { adminMembershipMiddlewares } from "./membership/memberships/middlewares"
import { adminPlanMiddlewares } from "./membership/plans/middlewares"
import { adminTierProgramMiddlewares } from "./membership/tier-program/middlewares"
import { adminTierMiddlewares } from "./membership/tiers/middlewares"
import { adminPartnerMiddlewares } from "./partners/middlewares"
import { adminPointsCustomerMiddlewares } from "./points/customers/middlewares"
import { adminPointsMallMiddlewares } from "./points/mall/middlewares"
import { adminPointsProgramMiddlewares } from "./points/program/middlewares"
import { adminProductMiddlewares } from "./products/middlewares"

/** Every `/admin` route of the plugin, and what it adds to Medusa's product routes. */
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminPlanMiddlewares,
  ...adminMembershipMiddlewares,
  ...adminBenefitMiddlewares,
  ...adminTierMiddlewares,
  ...adminTierProgramMiddlewares,
  ...adminMembershipCustomerMiddlewares,
  ...adminBenefitUsageMiddlewares,
  ...adminInsightsMiddlewares,
  ...adminMemberPriceMiddlewares,
  ...adminProductMiddlewares,
  ...adminPointsProgramMiddlewares,
  ...adminPointsCustomerMiddlewares,
  ...adminPointsMallMiddlewares,
  ...adminPartnerMiddlewares,
]
