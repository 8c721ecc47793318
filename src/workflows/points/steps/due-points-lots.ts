import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type DueLotsRun, type LotsRunSummary, POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { underLease } from "../../common/steps/lease"

/**
 * A step that runs one of the points module's batch jobs over due lots (`run`), one run at a time
 * across instances (under the lease `lockKey`), and logs its failed batches under that key. Every
 * write is keyed per lot, so nothing is undone.
 */
export const duePointsLotsStep = (
  id: string,
  lockKey: string,
  run: (points: PointsModuleService, input: DueLotsRun) => Promise<LotsRunSummary>
) =>
  createStep(id, async (input: DueLotsRun, { container }) => {
    const points = container.resolve<PointsModuleService>(POINTS_MODULE)
    const summary = await underLease(container, lockKey, () => run(points, input), 300)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    for (const failure of summary.failures) {
      logger.error(`${lockKey}: ${failure}`)
    }
    return new StepResponse(summary)
  })
