import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type LotShare, type PointsModuleService, restoreKeyPrefix } from "../../../modules/points"
import { cartOfOrder } from "../../common/queries/cart-of-order"
import { loadOrderReversalState } from "../../common/queries/order-reversal-state"
import { restoreShares, restoreTarget } from "../utils/order-points-restore"

export const restoreOrderPointsStepId = "restore-order-points"

/**
 * Gives back the spent points an order's cancellation or refunds owe: the total restored is
 * brought up to `restoreTarget`, into the lots the points came from, under a key naming that
 * total, so a redelivered event posts nothing new. The last step of its workflow: a restore
 * posted is never taken back.
 */
export const restoreOrderPointsStep = createStep(restoreOrderPointsStepId, async (input: { order_id: string }, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const cartId = await cartOfOrder(container, input.order_id)
  const spend = cartId ? (await points.cartSpends(cartId)).standing : null
  const state = spend && (await loadOrderReversalState(container, input.order_id))
  if (!spend || !state) {
    return new StepResponse(0)
  }
  const spent = -Number(spend.amount)
  const target = restoreTarget(spent, state)
  const restored = await points.orderRestores(input.order_id)
  const amount = target - restored.points
  if (amount <= 0) {
    return new StepResponse(0)
  }
  await points.postPoints({
    customer_id: spend.customer_id,
    type: "refund",
    amount,
    restore: restoreShares(spend.lots as unknown as LotShare[], restored.lots, amount),
    idempotency_key: `${restoreKeyPrefix(input.order_id)}${target}`,
    now: new Date(),
    order_id: input.order_id,
    cart_id: spend.cart_id,
    reference: state.canceled ? "order-canceled" : "order-refunded",
    note: `${target} of ${spent} spent points given back`,
  })
  return new StepResponse(amount)
})
