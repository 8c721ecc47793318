import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService } from "../../../../../modules/points"
import { newestFirst, pageOf } from "../../../../utils/page"
import type { AdminListMallRedemptionsParamsType } from "./validators"

/** Mall redemptions, newest first, paginated; filtered by item or customer. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMallRedemptionsParamsType>, res: MedusaResponse) => {
  const { limit, offset, item_id, customer_id } = req.validatedQuery as AdminListMallRedemptionsParamsType
  const filters = { ...(item_id ? { item_id } : {}), ...(customer_id ? { customer_id } : {}) }
  const [redemptions, count] = await req.scope
    .resolve<PointsModuleService>(POINTS_MODULE)
    .listAndCountPointsRedemptions(filters, newestFirst({ limit, offset }))
  res.json({ redemptions, ...pageOf(redemptions, { count, skip: offset, take: limit }) })
}
