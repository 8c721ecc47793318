import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BenefitType } from "../../../modules/membership"
import type { BenefitFields } from "../utils/benefit-fields"
import { syncBenefitPromotionStep } from "../steps/sync-benefit-promotion"
import { createMembershipBenefitStep } from "../steps/create-membership-benefit"

export const createMembershipBenefitWorkflowId = "create-membership-benefit"

/**
 * Creates a benefit: its config checked against its type, its plans and tiers against the
 * catalogue; a member_discount or free_shipping benefit gets its managed promotion. If a step
 * fails, the promotion and the benefit are deleted again.
 *
 * @example
 * const { result } = await createMembershipBenefitWorkflow(container).run({
 *   input: {
 *     name: "Members save 10%",
 *     type: "member_discount",
 *     config: { percentage: 10, scope: "order" },
 *     plan_ids: ["mplan_123"],
 *   },
 * })
 */
export const createMembershipBenefitWorkflow = createWorkflow(
  createMembershipBenefitWorkflowId,
  (input: BenefitFields & { name: string; type: BenefitType }) => {
    const benefit = createMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    return new WorkflowResponse(benefit)
  }
)
