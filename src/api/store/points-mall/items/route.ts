import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, isMallItemListed, type MallItemLike, type PointsModuleService } from "../../../../modules/points"
import { mallShopperTiers } from "../../../../workflows/points-mall/queries/points-mall-shopper"
import { storeMallItemView } from "../views"
import type { PageParams } from "../../../../types/http"

/**
 * The items a shopper may see now: active, inside their window, in stock, and for the shopper's
 * tier (guests and customers without a tier see the items open to everyone). The catalogue is
 * small, so the tier filter applies in memory.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PageParams>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as PageParams
  const now = new Date()
  const reached = await mallShopperTiers(req.scope, req.auth_context?.actor_id)
  const active = await req.scope
    .resolve<PointsModuleService>(POINTS_MODULE)
    .listPointsMallItems({ status: "active" }, { order: { points_price: "ASC", created_at: "DESC", id: "DESC" } })
  const listed = active.filter((item) => isMallItemListed(item as unknown as MallItemLike, reached, now))
  res.json({ items: listed.slice(offset, offset + limit).map(storeMallItemView), count: listed.length, offset, limit })
}
