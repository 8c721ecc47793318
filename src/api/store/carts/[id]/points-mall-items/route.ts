import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPointsMallLineWorkflow } from "../../../../../workflows/points-mall/workflows/add-points-mall-line"
import { cartWithMallPoints } from "./views"
import type { StoreAddCartMallItemType } from "./validators"

/**
 * Adds a points mall item to the shopper's own cart: one line of its variant at the item's cash
 * price. Its points are taken, and the item redeemed, when the cart completes.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddCartMallItemType>, res: MedusaResponse) => {
  await addPointsMallLineWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, item_id: req.validatedBody.item_id },
  })
  res.json(await cartWithMallPoints(req))
}
