import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { points } from "../utils/mall-item-fields"

export const deletePointsMallItemStepId = "delete-points-mall-item"
/** Soft-deletes a mall item (its redemptions stay); rollback restores it. */
export const deletePointsMallItemStep = createStep(
  deletePointsMallItemStepId,
  async (id: string, { container }) => {
    await points(container).softDeletePointsMallItems([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await points(container).restorePointsMallItems([id])
    }
  }
)
