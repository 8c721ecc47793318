import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { mallPointsOf } from "../../../../../modules/points"
import { loadCartMallLines } from "../../../../../workflows/points-mall/queries/cart-mall-lines"
import { refetchOwnCart } from "../../own-cart"

/** The cart as Medusa's own cart routes answer it, with `mall_points`: the points its points mall lines will take at checkout. */
export async function cartWithMallPoints(req: AuthenticatedMedusaRequest) {
  const cart = await refetchOwnCart(req)
  const mall = await loadCartMallLines(req.scope, req.params.id)
  return { cart, mall_points: mallPointsOf(mall?.mall_lines ?? []) }
}
