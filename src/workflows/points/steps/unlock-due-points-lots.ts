import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type DueLotsRun, POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { underLease } from "../../common/steps/lease"

export const unlockDuePointsLotsStepId = "unlock-due-points-lots"

/** One run at a time across instances. */
const LOCK = "points:unlock-lots"

/** See `PointsModuleService.unlockDueLots`; failed batches are logged; every write is keyed per lot, so nothing is undone. */
export const unlockDuePointsLotsStep = createStep(unlockDuePointsLotsStepId, async (input: DueLotsRun, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const summary = await underLease(container, LOCK, () => points.unlockDueLots(input), 300)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const failure of summary.failures) {
    logger.error(`points:unlock-lots: ${failure}`)
  }
  return new StepResponse(summary)
})
