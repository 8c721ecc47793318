import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreatePartner,
  AdminCreatePartnerApiKey,
  AdminImportPartnerCodes,
  AdminListPartnerAuditParams,
  AdminListPartnerBenefitsParams,
  AdminListPartnerImportsParams,
  AdminListPartnersParams,
  AdminUpdatePartner,
} from "./validators"

/**
 * Partners, their keys, benefits, code imports and audit: a logged-in admin user (Medusa protects
 * every `/admin` route). The CSV import's body may hold 5 MB of codes.
 */
export const adminPartnerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/partners", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListPartnersParams, {})] },
  { matcher: "/admin/partners", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePartner)] },
  { matcher: "/admin/partners/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePartner)] },
  { matcher: "/admin/partners/:id/api-keys", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePartnerApiKey)] },
  {
    matcher: "/admin/partners/:id/benefits",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPartnerBenefitsParams, {})],
  },
  {
    matcher: "/admin/partners/:id/benefits/:benefit_id/codes/import",
    methods: ["POST"],
    bodyParser: { sizeLimit: "12mb" },
    middlewares: [validateAndTransformBody(AdminImportPartnerCodes)],
  },
  { matcher: "/admin/partners/:id/imports", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListPartnerImportsParams, {})] },
  { matcher: "/admin/partners/:id/audit", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListPartnerAuditParams, {})] },
]
