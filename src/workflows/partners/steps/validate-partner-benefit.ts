import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type BenefitType, type MembershipModuleService, parseBenefitConfig } from "../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { invalid } from "../../benefits/utils/benefit-fields"
import { benefitPartnerLinks, type BenefitPartnerRow } from "../utils/partner-benefits"

export type ValidatePartnerBenefitInput = {
  /** The benefit being updated; absent when one is created. */
  id?: string
  /** The new benefit's type (an update keeps the stored one). */
  type?: BenefitType
  config?: Record<string, unknown>
}

export const validatePartnerBenefitStepId = "validate-partner-benefit"

/**
 * What the config schema alone cannot check for a `partner` benefit being created or given a
 * new config: its partner exists, and a benefit that already has codes keeps its linked partner
 * (the codes are that partner's). Anything else — another type, no config, a config the schema
 * refuses, an unknown benefit — is left to the create or update step. Reads only.
 */
export const validatePartnerBenefitStep = createStep(
  validatePartnerBenefitStepId,
  async (input: ValidatePartnerBenefitInput, { container }) => {
    if (!input.config) {
      return new StepResponse(null)
    }
    let type = input.type
    if (input.id) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      const [stored] = await membership.listMembershipBenefits({ id: input.id }, { select: ["id", "type"] })
      type = stored?.type
    }
    const parsed = type === "partner" ? parseBenefitConfig(type, input.config) : null
    if (!parsed || "error" in parsed) {
      return new StepResponse(null)
    }
    const partnerId = String(parsed.config.partner_id)
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const [partner] = await partners.listPartners({ id: partnerId }, { select: ["id"] })
    if (!partner) {
      throw invalid(`config.partner_id: unknown partner ${partnerId}`)
    }
    if (input.id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph(benefitPartnerLinks({ membership_benefit_id: input.id }))
      const linked = (data as BenefitPartnerRow[])[0]?.partner_id
      if (linked && linked !== partnerId) {
        const [code] = await partners.listPartnerCodes({ benefit_id: input.id }, { select: ["id"], take: 1 })
        if (code) {
          throw invalid("config.partner_id cannot change once the benefit has codes")
        }
      }
    }
    return new StepResponse(null)
  }
)
