import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { partnerConfigOf } from "../utils/partner-benefits"

type CodeRef = { partner_id: string; code: string; now: Date }

export const loadPartnerVoidWindowStepId = "load-partner-void-window"

/** How long after redemption the partner may void this code: its benefit's `void_window_hours` (0 for an unknown code). */
export const loadPartnerVoidWindowStep = createStep(loadPartnerVoidWindowStepId, async (input: CodeRef, { container }) => {
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  // Workflow inputs travel serialized: a Date arrives as a string.
  const code = await partners.partnerCodeLookup(input.partner_id, input.code, new Date(input.now))
  if (!code) {
    return new StepResponse(0)
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [benefit] = await membership.listMembershipBenefits({ id: code.benefit_id }, { select: ["id", "config"], withDeleted: true })
  return new StepResponse(benefit ? partnerConfigOf(benefit).void_window_hours : 0)
})
