import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { setCartPointsWorkflow } from "../../../../../workflows/points/workflows/set-cart-points"
import type { StoreApplyCartPointsType } from "./validators"

async function setPoints(req: AuthenticatedMedusaRequest, res: MedusaResponse, points: StoreApplyCartPointsType["points"] | null) {
  await setCartPointsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, points },
  })
  // The cart as Medusa's own cart routes answer it (their query config, `?fields=` too).
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ cart })
}

/** Pays part of the shopper's own cart with points: a number of points, or "max". */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyCartPointsType>, res: MedusaResponse) =>
  setPoints(req, res, req.validatedBody.points)

/** Takes the points off the shopper's own cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => setPoints(req, res, null)
