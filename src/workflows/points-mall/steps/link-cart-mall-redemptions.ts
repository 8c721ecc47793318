import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, cartRedemptionKeyPattern, type PointsModuleService } from "../../../modules/points"
import { cartOfOrder } from "../../common/queries/cart-of-order"

type LinkedMallRows = { redemption_ids: string[]; transaction_ids: string[] }

/**
 * Records the order on the points mall redemptions its cart's completion made (keys
 * `cart:{cart}:line:…`) and on their spends, so the customer's ledger shows the order beside the
 * points its mall lines took. Whatever is still missing either is written, so a run that stopped
 * between the two finishes at the next. Answers what it changed.
 */
export async function linkOrderMallRedemptions(container: MedusaContainer, orderId: string): Promise<LinkedMallRows> {
  const none: LinkedMallRows = { redemption_ids: [], transaction_ids: [] }
  const cartId = await cartOfOrder(container, orderId)
  if (!cartId) {
    return none
  }
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const ofCart = await points.listPointsRedemptions(
    { idempotency_key: { $like: cartRedemptionKeyPattern(cartId) }, status: "completed" },
    { select: ["id", "order_id", "transaction_id"] }
  )
  if (!ofCart.length) {
    return none
  }
  const redemptionIds = ofCart.filter((redemption) => !redemption.order_id).map((redemption) => redemption.id)
  const spends = await points.listPointsTransactions(
    { id: ofCart.map((redemption) => redemption.transaction_id), order_id: null },
    { select: ["id"] }
  )
  const transactionIds = spends.map((spend) => spend.id)
  if (redemptionIds.length) {
    await points.updatePointsRedemptions(redemptionIds.map((id) => ({ id, order_id: orderId })))
  }
  if (transactionIds.length) {
    await points.updatePointsTransactions(transactionIds.map((id) => ({ id, order_id: orderId })))
  }
  return { redemption_ids: redemptionIds, transaction_ids: transactionIds }
}

export const linkCartMallRedemptionsStepId = "link-cart-mall-redemptions"

/** `linkOrderMallRedemptions` as a step; rollback clears the order it recorded. */
export const linkCartMallRedemptionsStep = createStep(
  linkCartMallRedemptionsStepId,
  async (input: { order_id: string }, { container }) => {
    const linked = await linkOrderMallRedemptions(container, input.order_id)
    return new StepResponse(linked, linked)
  },
  async (linked, { container }) => {
    if (!linked) {
      return
    }
    const points: PointsModuleService = container.resolve(POINTS_MODULE)
    if (linked.redemption_ids.length) {
      await points.updatePointsRedemptions(linked.redemption_ids.map((id) => ({ id, order_id: null })))
    }
    if (linked.transaction_ids.length) {
      await points.updatePointsTransactions(linked.transaction_ids.map((id) => ({ id, order_id: null })))
    }
  }
)
