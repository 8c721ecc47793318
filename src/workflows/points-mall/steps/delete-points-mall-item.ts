import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deletePointsMallItemStepId = "delete-points-mall-item"

/** Soft-deletes a mall item (its redemptions stay); rollback restores it. */
export const deletePointsMallItemStep = createStep(
  deletePointsMallItemStepId,
  async (id: string, { container }) => {
    await container.resolve<PointsModuleService>(POINTS_MODULE).softDeletePointsMallItems([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PointsModuleService>(POINTS_MODULE).restorePointsMallItems([id])
    }
  }
)
