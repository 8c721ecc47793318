import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { cartOfOrder } from "../../common/queries/cart-of-order"

export const linkPointsSpendStepId = "link-points-spend"

/** Records the order on the checkout debit that paid part of it (found through the order's cart). */
export const linkPointsSpendStep = createStep(linkPointsSpendStepId, async (input: { order_id: string }, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const cartId = await cartOfOrder(container, input.order_id)
  const spend = cartId ? (await points.cartSpends(cartId)).standing : null
  if (!spend || spend.order_id === input.order_id) {
    return new StepResponse(undefined, null)
  }
  await points.updatePointsTransactions({ id: spend.id, order_id: input.order_id })
  return new StepResponse(undefined, { id: spend.id, order_id: spend.order_id })
}, async (previous, { container }) => {
  if (previous) {
    const points: PointsModuleService = container.resolve(POINTS_MODULE)
    await points.updatePointsTransactions(previous)
  }
})
