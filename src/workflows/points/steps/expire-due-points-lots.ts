import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type DueLotsRun, POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { underLease } from "../../common/steps/lease"

export const expireDuePointsLotsStepId = "expire-due-points-lots"

/** One run at a time across instances. */
const LOCK = "points:expire-lots"

/** See `PointsModuleService.expireDueLots`; failed batches are logged; every write is keyed per lot, so nothing is undone. */
export const expireDuePointsLotsStep = createStep(expireDuePointsLotsStepId, async (input: DueLotsRun, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const summary = await underLease(container, LOCK, () => points.expireDueLots(input), 300)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const failure of summary.failures) {
    logger.error(`points:expire-lots: ${failure}`)
  }
  return new StepResponse(summary)
})
