import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE } from "../../modules/points"
import type PointsModuleService from "../../modules/points/service"

/** The store's points rules. */
export const loadPointsProgramStep = createStep("load-points-program", async (_: void, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  return new StepResponse(await points.loadPointsProgram())
})
