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
import { AdminCreateBenefit, AdminListBenefitsParams, AdminUpdateBenefit } from "./admin/membership/benefits/validators"
import { AdminAdjustGrowth, AdminListGrowthParams } from "./admin/membership/customers/[id]/growth/validators"
import { AdminGetMemberPricesParams, AdminSetMemberPrices } from "./admin/membership/member-prices/validators"
import { AdminListBenefitUsagesParams } from "./admin/membership/benefit-usages/validators"
import { AdminListCouponsParams } from "./admin/membership/customers/[id]/coupons/validators"
import {
  AdminPreviewTiers,
  AdminSimulateTiers,
  AdminUpdateTierProgram,
} from "./admin/membership/tier-program/validators"
import { AdminCreateTier, AdminListTiersParams, AdminUpdateTier } from "./admin/membership/tiers/validators"
import { AdminUpdatePointsProgram } from "./admin/points/program/validators"
import { AdminListCustomerPointsParams } from "./admin/points/customers/[id]/validators"
import { AdminAdjustPoints } from "./admin/points/customers/[id]/adjust/validators"
import { StoreListCouponsParams } from "./store/membership/coupons/validators"
import { StoreSetPaymentMethod, StoreStartPaymentMethodSetup } from "./store/membership/me/validators"
import { StoreMemberPricesParams } from "./store/membership/prices/validators"
import { withMembershipPricingContext } from "./utils/membership-pricing-context"
import { hidePlanProducts } from "./utils/plan-products-listing"
import { hideMemberPrices, keepMemberPrices } from "./utils/member-prices-guard"
import { refuseOthersAccountEmail } from "./utils/cart-email-guard"
import { listParams } from "./utils/list-params"
import { refuseNulBytes } from "./utils/nul-bytes"
import { pointsMallMiddlewares } from "./points-mall-middlewares"
import { adminPartnerMiddlewares } from "./admin-partner-middlewares"
import { storePartnerMiddlewares } from "./store-partner-middlewares"
import { partnerApiMiddlewares } from "./partner-api-middlewares"
import { storeListPlansQueryConfig } from "./store/membership/plans/query-config"
import { StoreListPlansParams } from "./store/membership/plans/validators"
import { StoreApplyCartPoints } from "./store/carts/[id]/points/validators"
import { retrieveTransformQueryConfig as cartQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"

/**
 * Auth per route family:
 * - `/admin/membership/*`: a logged-in admin user (Medusa protects every `/admin` route).
 * - `/store/membership/plans`, `/store/membership/benefits`: public catalog, needs the store's publishable API key
 *   (Medusa requires it on every `/store` route); a signed-in shopper sees their own price.
 * - `/store/membership/me*`, `/tier`, `/growth`, `/check-in`, `/coupons`: a signed-in customer, who only
 *   ever reaches their own membership, tier, growth and coupons.
 * - `/store/membership/prices`: public like the plans (publishable key); a signed-in shopper sees their own price.
 * - `/store/products`, `/store/product-variants` and their `/:id` (Medusa's): a signed-in member's membership pricing context is added
 *   after Medusa's own, so `calculated_price` shows their member prices. The `/store/products` list leaves plans'
 *   products out unless the request names them (`id`, `handle`, `type_id`; see plan-products-listing.ts).
 * - Medusa's admin product routes: answered without member prices, and a variant price update keeps them.
 * - `POST /store/carts` and `/store/carts/:id` (Medusa's): an account's email is refused (401) unless that account is signed in.
 * - `/store/carts/:id/points`: a signed-in customer, on their own cart only (another's is a 404).
 * - `/admin/points/*`: a logged-in admin user; `/store/points` and `/store/points/transactions`: a signed-in
 *   customer, who only ever reaches their own points.
 * - `/admin/partners/*`: a logged-in admin user (see admin-partner-middlewares.ts).
 * - `/store/partner-benefits*`: a signed-in customer, on their own codes only (see store-partner-middlewares.ts).
 * - `/partners/v1/codes/*`: a partner's API key (`Authorization: Bearer mpk_…`), rate limited and audited (see partner-api-middlewares.ts);
 *   `/partners/v1/openapi.json`: public.
 * - `/hooks/membership/stripe`: public; the Stripe signature over the raw body is checked by the route.
 */
export default defineMiddlewares({
  routes: [
    // Before every other middleware of these routes (no methods: Medusa sorts it first). Not the
    // partner API's `/partners/v1`, whose guard authenticates and audits every call first.
    ...[
      "/admin/membership*",
      "/admin/points*",
      "/admin/partners*",
      "/store/membership*",
      "/store/points*",
      "/store/partner-benefits*",
      "/store/carts/:id/points*",
    ].map((matcher) => ({ matcher, middlewares: [refuseNulBytes] })),
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
    { matcher: "/admin/membership/benefits", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListBenefitsParams, {})] },
    { matcher: "/admin/membership/benefits", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBenefit)] },
    { matcher: "/admin/membership/benefits/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateBenefit)] },
    {
      matcher: "/store/membership/benefits",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
    { matcher: "/admin/membership/tiers", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListTiersParams, {})] },
    { matcher: "/admin/membership/tiers", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateTier)] },
    { matcher: "/admin/membership/tiers/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTier)] },
    { matcher: "/admin/membership/tier-program", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTierProgram)] },
    { matcher: "/admin/membership/tier-program/preview", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPreviewTiers)] },
    { matcher: "/admin/membership/tier-program/simulate", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSimulateTiers)] },
    {
      matcher: "/admin/membership/customers/:id/growth",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListGrowthParams, {})],
    },
    { matcher: "/admin/membership/customers/:id/growth", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAdjustGrowth)] },
    {
      matcher: "/admin/membership/benefit-usages",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListBenefitUsagesParams, {})],
    },
    {
      matcher: "/admin/membership/customers/:id/coupons",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCouponsParams, {})],
    },
    { matcher: "/admin/membership/member-prices", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetMemberPricesParams, {})] },
    {
      matcher: "/admin/membership/member-prices",
      methods: ["POST"],
      // Up to 1000 rows, more than Medusa's default 100kb.
      bodyParser: { sizeLimit: "1mb" },
      middlewares: [validateAndTransformBody(AdminSetMemberPrices)],
    },
    {
      matcher: "/store/membership/prices",
      methods: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(StoreMemberPricesParams, {}),
      ],
    },
    // Medusa's product routes neither show nor drop member prices (see member-prices-guard.ts).
    ...[
      "/admin/products",
      "/admin/products/batch",
      "/admin/products/:id",
      "/admin/products/:id/variants",
      "/admin/products/:id/variants/batch",
      "/admin/products/:id/variants/:variant_id",
      "/admin/product-variants",
    ].map((matcher) => ({ matcher, methods: ["GET" as const, "POST" as const], middlewares: [hideMemberPrices] })),
    ...[
      "/admin/products/batch",
      "/admin/products/:id",
      "/admin/products/:id/variants/batch",
      "/admin/products/:id/variants/:variant_id",
    ].map((matcher) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [keepMemberPrices],
    })),
    // Same matchers as Medusa's, not `/store/products*` (a wildcard sorts before them and would run first).
    ...["/store/products", "/store/products/:id", "/store/product-variants", "/store/product-variants/:id"].map((matcher) => ({
      matcher,
      methods: ["GET" as const],
      middlewares: [withMembershipPricingContext],
    })),
    // After Medusa's own too, so its filters (published, the key's sales channels) are already set.
    { matcher: "/store/products", methods: ["GET"], middlewares: [hidePlanProducts] },
    // Medusa's cart routes: an account's email binds a cart to that account only when it is signed in.
    ...["/store/carts", "/store/carts/:id"].map((matcher) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [refuseOthersAccountEmail],
    })),
    // Points at checkout: the signed-in shopper's own cart only.
    {
      matcher: "/store/carts/:id/points",
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig)],
    },
    {
      matcher: "/store/carts/:id/points",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreApplyCartPoints)],
    },
    {
      matcher: "/store/membership/me*",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    ...["/store/membership/tier", "/store/membership/growth", "/store/membership/check-in", "/store/membership/coupons"].map((matcher) => ({
      matcher,
      middlewares: [authenticate("customer", ["session", "bearer"])],
    })),
    {
      matcher: "/store/membership/growth",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(listParams, {})],
    },
    {
      matcher: "/store/membership/coupons",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListCouponsParams, {})],
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
    { matcher: "/admin/points/program", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePointsProgram)] },
    {
      matcher: "/admin/points/customers/:id",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCustomerPointsParams, {})],
    },
    { matcher: "/admin/points/customers/:id/adjust", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAdjustPoints)] },
    // Listed one by one: `/store/points*` would also match the mall's `/store/points-mall/*`.
    ...["/store/points", "/store/points/transactions"].map((matcher) => ({
      matcher,
      middlewares: [authenticate("customer", ["session", "bearer"])],
    })),
    { matcher: "/store/points/transactions", methods: ["GET"], middlewares: [validateAndTransformQuery(listParams, {})] },
    {
      matcher: "/store/membership/plans",
      methods: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(StoreListPlansParams, storeListPlansQueryConfig),
      ],
    },
    ...pointsMallMiddlewares,
    ...adminPartnerMiddlewares,
    ...storePartnerMiddlewares,
    ...partnerApiMiddlewares,
  ],
})
