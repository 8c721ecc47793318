import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type DueLotsRun, type LotsRunSummary, POINTS_MODULE, type PointsModuleService } from "../../../modules/points"

/**
 * A step that runs one of the points module's batch jobs over due lots (`run`) and logs its failed
 * batches under `logPrefix`. Every write is keyed per lot, so nothing is undone.
 */
export const duePointsLotsStep = (
  id: string,
  logPrefix: string,
  run: (points: PointsModuleService, input: DueLotsRun) => Promise<LotsRunSummary>
) =>
  createStep(id, async (input: DueLotsRun, { container }) => {
    const summary = await run(container.resolve<PointsModuleService>(POINTS_MODULE), input)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    for (const failure of summary.failures) {
      logger.error(`${logPrefix}: ${failure}`)
    }
    return new StepResponse(summary)
  })
