import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { planOrderGrowth } from "../utils/order-growth"

export const planOrderGrowthStepId = "plan-order-growth"

/** What the order is owed in growth now (award, reversals), computed inside the order's lock. */
export const planOrderGrowthStep = createStep(planOrderGrowthStepId, async (input: { order_id: string; now: Date }, { container }) => {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const program = await tierModule.loadTierProgram()
  return new StepResponse(await planOrderGrowth(container, input.order_id, program, new Date(input.now)))
})
