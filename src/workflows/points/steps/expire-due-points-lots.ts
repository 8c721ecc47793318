import { duePointsLotsStep } from "./due-points-lots"

export const expireDuePointsLotsStepId = "expire-due-points-lots"

/** See `PointsModuleService.expireDueLots`. */
export const expireDuePointsLotsStep = duePointsLotsStep(expireDuePointsLotsStepId, "points:expire-lots", (points, input) => points.expireDueLots(input))
