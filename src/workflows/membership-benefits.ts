import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BenefitType } from "../modules/membership/models/membership-benefit"
import type { BenefitFields } from "./steps/save-membership-benefit"
import { deleteBenefitPromotionStep, syncBenefitPromotionStep } from "./steps/sync-benefit-promotion"
import { removeMemberPricesStep } from "./steps/member-prices"
import {
  createMembershipBenefitStep,
  deleteMembershipBenefitStep,
  updateMembershipBenefitStep,
} from "./steps/save-membership-benefit"

/**
 * Creates a benefit: its config checked against its type, its plans and tiers against the
 * catalogue; a member_discount or free_shipping benefit gets its managed promotion.
 */
export const createMembershipBenefitWorkflow = createWorkflow(
  "create-membership-benefit",
  (input: BenefitFields & { name: string; type: BenefitType }) => {
    const benefit = createMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    return new WorkflowResponse(benefit)
  }
)

/** Updates a benefit (its type cannot change) and its managed promotion. */
export const updateMembershipBenefitWorkflow = createWorkflow(
  "update-membership-benefit",
  (input: BenefitFields & { id: string }) => {
    const benefit = updateMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    return new WorkflowResponse(benefit)
  }
)

export const deleteMembershipBenefitWorkflow = createWorkflow(
  "delete-membership-benefit",
  (input: { id: string }) => {
    const deleted = deleteMembershipBenefitStep(input.id)
    deleteBenefitPromotionStep(input.id)
    removeMemberPricesStep(transform({ input }, ({ input }) => ({ benefit_ids: [input.id] })))
    return new WorkflowResponse(deleted)
  }
)
