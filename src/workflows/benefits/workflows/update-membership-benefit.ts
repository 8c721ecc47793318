import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BenefitFields } from "../utils/benefit-fields"
import { syncBenefitPromotionStep } from "../steps/sync-benefit-promotion"
import { updateMembershipBenefitStep } from "../steps/update-membership-benefit"

export const updateMembershipBenefitWorkflowId = "update-membership-benefit"

/**
 * Updates a benefit (its type cannot change) and its managed promotion. If a step fails, the
 * benefit's previous values and the promotion's previous state are written back.
 *
 * @example
 * const { result } = await updateMembershipBenefitWorkflow(container).run({
 *   input: { id: "mbnft_123", config: { percentage: 15, scope: "order" }, status: "active" },
 * })
 */
export const updateMembershipBenefitWorkflow = createWorkflow(
  updateMembershipBenefitWorkflowId,
  (input: BenefitFields & { id: string }) => {
    const benefit = updateMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    return new WorkflowResponse(benefit)
  }
)
