import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planOrderBenefitUsage } from "../utils/order-benefit-usage"

export const planOrderBenefitUsageStepId = "plan-order-benefit-usage"

/** What the order owes in benefit usage now (records, reversals), computed inside the order's lock. */
export const planOrderBenefitUsageStep = createStep(planOrderBenefitUsageStepId, async (input: { order_id: string }, { container }) => {
  return new StepResponse(await planOrderBenefitUsage(container, input.order_id))
})
