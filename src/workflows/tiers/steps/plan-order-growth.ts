import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { planOrderGrowth } from "../utils/order-growth"

export const planOrderGrowthStepId = "plan-order-growth"

/** What the order is owed in growth now (award, reversals), computed inside the order's lock. */
export const planOrderGrowthStep = createStep(planOrderGrowthStepId, async (input: { order_id: string; now: Date }, { container }) => {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const program = await membership.loadTierProgram()
  return new StepResponse(await planOrderGrowth(container, input.order_id, program, new Date(input.now)))
})
