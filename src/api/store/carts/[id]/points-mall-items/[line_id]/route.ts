import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePointsMallLineWorkflow } from "../../../../../../workflows/points-mall/workflows/remove-points-mall-line"
import { cartWithMallPoints } from "../views"

/** Removes a points mall line from the shopper's own cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removePointsMallLineWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, line_id: req.params.line_id },
  })
  res.json(await cartWithMallPoints(req))
}
