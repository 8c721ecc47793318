import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { mallShopperTiers } from "../queries/points-mall-shopper"

export type RedeemPointsMallItemInput = {
  item_id: string
  customer_id: string
  idempotency_key: string
  now?: Date
}

export const redeemPointsMallItemStepId = "redeem-points-mall-item"

/**
 * Takes the points and one of the stock and records the redemption, in one transaction (see
 * `redeemMallItem`). A replayed key changes nothing. Rollback cancels a redemption this run
 * made: the points and the stock come back.
 */
export const redeemPointsMallItemStep = createStep(
  redeemPointsMallItemStepId,
  async (input: RedeemPointsMallItemInput, { container }) => {
    const tierIds = await mallShopperTiers(container, input.customer_id)
    const result = await container
      .resolve<PointsModuleService>(POINTS_MODULE)
      .redeemMallItem({ ...input, tier_ids: tierIds, now: input.now ?? new Date() })
    return new StepResponse(result, result.created ? result.redemption.id : null)
  },
  async (redemptionId, { container }) => {
    if (redemptionId) {
      await container.resolve<PointsModuleService>(POINTS_MODULE).cancelMallRedemption(redemptionId)
    }
  }
)
