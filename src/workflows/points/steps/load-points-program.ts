import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"

export const loadPointsProgramStepId = "load-points-program"

/** The store's points rules. */
export const loadPointsProgramStep = createStep(loadPointsProgramStepId, async (_: void, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  return new StepResponse(await points.loadPointsProgram())
})
