import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { planOrderPoints } from "../utils/order-points"

export const planOrderPointsStepId = "plan-order-points"

/** What the order is owed in points now (earning, reversals), computed inside the order's lock. */
export const planOrderPointsStep = createStep(planOrderPointsStepId, async (input: { order_id: string; now: Date }, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const program = await points.loadPointsProgram()
  return new StepResponse(await planOrderPoints(container, input.order_id, program, new Date(input.now)))
})
