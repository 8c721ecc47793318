import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { deleteBenefitPromotionStep } from "../steps/delete-benefit-promotion"
import { removeMemberPricesStep } from "../steps/remove-member-prices"
import { deleteMembershipBenefitStep } from "../steps/delete-membership-benefit"
import { benefitPartnerLink, benefitPartnerLinks, type BenefitPartnerRow } from "../../partners/utils/partner-benefits"

export const deleteMembershipBenefitWorkflowId = "delete-membership-benefit"

/**
 * Deletes a benefit (softly), its managed promotion (softly, keeping the link for past orders),
 * every member price it set and a partner benefit's link to its partner. If a step fails, the
 * benefit, promotion, prices and partner link come back.
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
    // Unlike the promotion's, the partner link goes with the benefit: nothing past is read
    // through it (a partner's codes carry their own partner_id and benefit_id, and the benefit's
    // config keeps the partner it named), while a deleted benefit must no longer count as one of
    // its partner's benefits (the partner's list, deleting the partner). Medusa's soft-delete
    // cascade (`deleteCascade`, `removeRemoteLinkStep`) is not used: it would take the
    // promotion link, which past orders need, along with it.
    const { data: linked } = useQueryGraphStep(
      // The link's entry point is known once the links are loaded: read when the workflow runs.
      transform({ input }, ({ input }) => benefitPartnerLinks({ membership_benefit_id: input.id }))
    )
    dismissRemoteLinkStep(
      transform({ linked }, ({ linked }) => (linked as BenefitPartnerRow[]).map((row) => benefitPartnerLink(row.membership_benefit_id, row.partner_id)))
    )
    return new WorkflowResponse(deleted)
  }
)
