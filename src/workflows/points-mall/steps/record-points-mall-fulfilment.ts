import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"

export type RecordPointsMallFulfilmentInput = {
  redemption_id: string
  /** False for a replayed key: the redemption is answered as it is. */
  created: boolean
  order_id?: string | null
  promotion_id?: string | null
  code?: string | null
}

export const recordPointsMallFulfilmentStepId = "record-points-mall-fulfilment"

/** Writes what the redemption gave (order, or promotion and code) on it; answers the redemption. */
export const recordPointsMallFulfilmentStep = createStep(
  recordPointsMallFulfilmentStepId,
  async (input: RecordPointsMallFulfilmentInput, { container }) => {
    const points = container.resolve<PointsModuleService>(POINTS_MODULE)
    if (!input.created) {
      return new StepResponse(await points.retrievePointsRedemption(input.redemption_id), null)
    }
    const redemption = await points.updatePointsRedemptions({
      id: input.redemption_id,
      order_id: input.order_id ?? null,
      promotion_id: input.promotion_id ?? null,
      code: input.code ?? null,
    })
    return new StepResponse(redemption, input.redemption_id)
  },
  async (redemptionId, { container }) => {
    if (redemptionId) {
      await container
        .resolve<PointsModuleService>(POINTS_MODULE)
        .updatePointsRedemptions({ id: redemptionId, order_id: null, promotion_id: null, code: null })
    }
  }
)
