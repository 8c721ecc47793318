import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type DueLotsRun, POINTS_MODULE, type PointsModuleService } from "../../../modules/points"

export const expireDuePointsLotsStepId = "expire-due-points-lots"

/** See `PointsModuleService.expireDueLots`; failed batches are logged; every write is keyed per lot, so nothing is undone. */
export const expireDuePointsLotsStep = createStep(expireDuePointsLotsStepId, async (input: DueLotsRun, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const summary = await points.expireDueLots(input)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const failure of summary.failures) {
    logger.error(`points:expire-lots: ${failure}`)
  }
  return new StepResponse(summary)
})
