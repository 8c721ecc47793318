import { duePointsLotsStep } from "./due-points-lots"

export const unlockDuePointsLotsStepId = "unlock-due-points-lots"

/** See `PointsModuleService.unlockDueLots`. */
export const unlockDuePointsLotsStep = duePointsLotsStep(unlockDuePointsLotsStepId, "points:unlock-lots", (points, input) => points.unlockDueLots(input))
