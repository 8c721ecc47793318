import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { BenefitType } from "../../../modules/membership"
import type { BenefitFields } from "../utils/benefit-fields"
import { syncBenefitPromotionStep } from "../steps/sync-benefit-promotion"
import { createMembershipBenefitStep } from "../steps/create-membership-benefit"
import { validatePartnerBenefitStep } from "../../partners/steps/validate-partner-benefit"
import { partnerLinkChanges } from "../../partners/utils/partner-benefits"

export const createMembershipBenefitWorkflowId = "create-membership-benefit"

/**
 * Creates a benefit: its config checked against its type, its plans and tiers against the
 * catalogue; a member_discount or free_shipping benefit gets its managed promotion, a partner
 * benefit its link to the partner its `config.partner_id` names (which must exist). If a step
 * fails, the link, the promotion and the benefit are deleted again.
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
    validatePartnerBenefitStep(transform({ input }, ({ input }) => ({ type: input.type, config: input.config ?? {} })))
    const benefit = createMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    createRemoteLinkStep(transform({ benefit }, ({ benefit }) => partnerLinkChanges(benefit, []).create))
    return new WorkflowResponse(benefit)
  }
)
