import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pageOf } from "../../../utils/page"
import type { AdminListMembershipsParamsType } from "./validators"

/** Memberships, filtered by plan, status or customer, newest first by default, paginated. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListMembershipsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: memberships, metadata } = await query.graph({
    entity: "membership",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { order: { created_at: "DESC" }, ...req.queryConfig.pagination },
  })
  res.json({ memberships, ...pageOf(memberships, metadata) })
}
