import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsMovement, type PostedTransaction, type PointsModuleService } from "../../../modules/points"

export const postPointsMovementsStepId = "post-points-movements"

/**
 * Posts points movements in order, each once per idempotency key (a repeat answers with the
 * earlier transaction). No compensation: the ledger is append-only, and undoing a movement
 * under its key would make a retry believe it done; a failed run is finished by the next one.
 */
export const postPointsMovementsStep = createStep(postPointsMovementsStepId, async (movements: PointsMovement[], { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const posted: PostedTransaction[] = []
  for (const movement of movements) {
    posted.push(await points.postPoints({ ...movement, now: new Date(movement.now) }))
  }
  return new StepResponse(posted)
})
