import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { softDeleteStep } from "../../common/steps/soft-delete-step"

export const deletePointsMallItemStepId = "delete-points-mall-item"

/** Soft-deletes a mall item (its redemptions stay); rollback restores it. */
export const deletePointsMallItemStep = softDeleteStep<PointsModuleService>(deletePointsMallItemStepId, POINTS_MODULE, {
  remove: (points, ids) => points.softDeletePointsMallItems(ids),
  restore: (points, ids) => points.restorePointsMallItems(ids),
})
