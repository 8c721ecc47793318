import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCartPointsWorkflow } from "../../../../../workflows/points/workflows/set-cart-points"
import { refetchOwnCart } from "../../own-cart"
import type { StoreApplyCartPointsType } from "./validators"

async function setPoints(req: AuthenticatedMedusaRequest, res: MedusaResponse, points: StoreApplyCartPointsType["points"] | null) {
  await setCartPointsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, points },
  })
  res.json({ cart: await refetchOwnCart(req) })
}

/** Pays part of the shopper's own cart with points: a number of points, or "max". */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyCartPointsType>, res: MedusaResponse) =>
  setPoints(req, res, req.validatedBody.points)

/** Takes the points off the shopper's own cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => setPoints(req, res, null)
