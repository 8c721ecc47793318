import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { loadCartMallLines, mallPointsOf } from "../../../../../workflows/points-mall/utils/cart-mall-lines"

/**
 * The cart as Medusa's own cart routes answer it (their query config, `?fields=` too), with
 * `mall_points`: the points its points mall lines will take at checkout.
 */
export async function respondWithCartMallPoints(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  const mall = await loadCartMallLines(req.scope, req.params.id)
  res.json({ cart, mall_points: mallPointsOf(mall?.mall_lines ?? []) })
}
