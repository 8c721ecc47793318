import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService } from "../../../../modules/points"
import { newestFirst, pageOf } from "../../../utils/page"
import { STORE_REDEMPTION_FIELDS } from "../views"
import type { PageParams } from "../../../../types/http"

/** The signed-in customer's redemptions, newest first, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PageParams>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as PageParams
  const [redemptions, count] = await req.scope
    .resolve<PointsModuleService>(POINTS_MODULE)
    .listAndCountPointsRedemptions(
      { customer_id: req.auth_context.actor_id },
      { select: [...STORE_REDEMPTION_FIELDS], ...newestFirst({ limit, offset }) }
    )
  res.json({ redemptions, ...pageOf(redemptions, { count, skip: offset, take: limit }) })
}
