import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBenefitPromotionStep } from "../steps/delete-benefit-promotion"
import { removeMemberPricesStep } from "../steps/remove-member-prices"
import { deleteMembershipBenefitStep } from "../steps/delete-membership-benefit"

export const deleteMembershipBenefitWorkflowId = "delete-membership-benefit"

/**
 * Deletes a benefit (softly), its managed promotion (softly, keeping the link for past orders)
 * and every member price it set. If a step fails, the benefit, promotion and prices come back.
 *
 * @example
 * const { result } = await deleteMembershipBenefitWorkflow(container).run({ input: { id: "mbnft_123" } })
 */
export const deleteMembershipBenefitWorkflow = createWorkflow(
  deleteMembershipBenefitWorkflowId,
  (input: { id: string }) => {
    const deleted = deleteMembershipBenefitStep(input.id)
    deleteBenefitPromotionStep(input.id)
    removeMemberPricesStep(transform({ input }, ({ input }) => ({ benefit_ids: [input.id] })))
    return new WorkflowResponse(deleted)
  }
)
