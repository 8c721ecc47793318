import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE } from "../../modules/points"
import { cartRedemptionKeyPattern } from "../../modules/points/mall/redemption"
import type PointsModuleService from "../../modules/points/service"
import { cartOfOrder } from "../utils/order-points-restore"

/**
 * Records the order on the points mall redemptions its cart's completion made (keys
 * `cart:{cart}:line:…`) that do not name it yet, and on their spends, so the customer's ledger
 * shows the order beside the points its mall lines took. Answers the ids it changed.
 */
export async function linkOrderMallRedemptions(container: MedusaContainer, orderId: string): Promise<string[]> {
  const cartId = await cartOfOrder(container, orderId)
  if (!cartId) {
    return []
  }
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const unlinked = await points.listPointsRedemptions(
    { idempotency_key: { $like: cartRedemptionKeyPattern(cartId) }, status: "completed", order_id: null },
    { select: ["id", "transaction_id"] }
  )
  if (unlinked.length) {
    await points.updatePointsRedemptions(unlinked.map((redemption) => ({ id: redemption.id, order_id: orderId })))
    await points.updatePointsTransactions(unlinked.map((redemption) => ({ id: redemption.transaction_id, order_id: orderId })))
  }
  return unlinked.map((redemption) => redemption.id)
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
    if (linked?.length) {
      const points: PointsModuleService = container.resolve(POINTS_MODULE)
      const redemptions = await points.listPointsRedemptions({ id: linked }, { select: ["id", "transaction_id"] })
      await points.updatePointsRedemptions(linked.map((id) => ({ id, order_id: null })))
      await points.updatePointsTransactions(redemptions.map((redemption) => ({ id: redemption.transaction_id, order_id: null })))
    }
  }
)
