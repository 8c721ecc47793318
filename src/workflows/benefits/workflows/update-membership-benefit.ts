import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { BenefitFields } from "../utils/benefit-fields"
import { syncBenefitPromotionStep } from "../steps/sync-benefit-promotion"
import { updateMembershipBenefitStep } from "../steps/update-membership-benefit"
import { validatePartnerBenefitStep } from "../../partners/steps/validate-partner-benefit"
import { benefitPartnerLinks, type BenefitPartnerRow, partnerLinkChanges } from "../../partners/utils/partner-benefits"

export const updateMembershipBenefitWorkflowId = "update-membership-benefit"

/**
 * Updates a benefit (its type cannot change), its managed promotion, and a partner benefit's link
 * to its partner when `config.partner_id` names another one (refused once the benefit has
 * codes). If a step fails, the benefit's previous values, the promotion's previous state and
 * the previous link are written back.
 *
 * @example
 * const { result } = await updateMembershipBenefitWorkflow(container).run({
 *   input: { id: "mbnft_123", config: { percentage: 15, scope: "order" }, status: "active" },
 * })
 */
export const updateMembershipBenefitWorkflow = createWorkflow(
  updateMembershipBenefitWorkflowId,
  (input: BenefitFields & { id: string }) => {
    validatePartnerBenefitStep(transform({ input }, ({ input }) => ({ id: input.id, config: input.config })))
    const { data: linked } = useQueryGraphStep(
      // The link's entry point is known once the links are loaded: read when the workflow runs.
      transform({ input }, ({ input }) => benefitPartnerLinks({ membership_benefit_id: input.id }))
    )
    const benefit = updateMembershipBenefitStep(input)
    syncBenefitPromotionStep(benefit)
    const changes = transform({ benefit, linked }, ({ benefit, linked }) => partnerLinkChanges(benefit, linked as BenefitPartnerRow[]))
    dismissRemoteLinkStep(transform({ changes }, ({ changes }) => changes.dismiss))
    createRemoteLinkStep(transform({ changes }, ({ changes }) => changes.create))
    return new WorkflowResponse(benefit)
  }
)
