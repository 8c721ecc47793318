import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBenefitPromotionStep } from "../steps/delete-benefit-promotion"
import { removeMemberPricesStep } from "../steps/remove-member-prices"
import { deleteMembershipBenefitStep } from "../steps/delete-membership-benefit"

export const deleteMembershipBenefitWorkflowId = "delete-membership-benefit"

export const deleteMembershipBenefitWorkflow = createWorkflow(
  deleteMembershipBenefitWorkflowId,
  (input: { id: string }) => {
    const deleted = deleteMembershipBenefitStep(input.id)
    deleteBenefitPromotionStep(input.id)
    removeMemberPricesStep(transform({ input }, ({ input }) => ({ benefit_ids: [input.id] })))
    return new WorkflowResponse(deleted)
  }
)
