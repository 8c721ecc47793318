import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BenefitFields } from "../utils/benefit-fields"
import { syncBenefitPromotionStep } from "../steps/sync-benefit-promotion"
import { updateMembershipBenefitStep } from "../steps/update-membership-benefit"

export const updateMembershipBenefitWorkflowId = "update-membership-benefit"

/** Updates a benefit (its type cannot change) and its managed promotion. */
export const updateMembershipBenefitWorkflow = createWorkflow(
  updateMembershipBenefitWorkflowId,
  (input: BenefitFields & { id: string }) => {
    const benefit = updateMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    return new WorkflowResponse(benefit)
  }
)
