import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, couponExpiry } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { PARTNER_MODULE, type PartnerModuleService, type ClaimPartnerCodeInput } from "../../../modules/partner"
import { benefitPartnerLinks, type BenefitPartnerRow, partnerConfigOf } from "../../partners/utils/partner-benefits"

export type PrepareMallPartnerCodeInput = { benefit_id: string; redemption_id: string; customer_id: string; now: Date }

/** The entitlement (and claim key) of a code bought in the points mall: one per redemption. */
export const mallPartnerEntitlementKey = (redemptionId: string) => `mall:${redemptionId}`

export const prepareMallPartnerCodeStepId = "prepare-mall-partner-code"

/**
 * The claim a `partner_code` mall item's redemption makes: a code of the item's partner benefit
 * from its source (pool or generated) with the benefit's validity. The shopper needs not hold
 * the benefit — the points paid for it — but its linked partner must be active. Reads only.
 */
export const prepareMallPartnerCodeStep = createStep(
  prepareMallPartnerCodeStepId,
  async (input: PrepareMallPartnerCodeInput, { container }) => {
    const now = new Date(input.now)
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [benefit] = await membership.listMembershipBenefits({ id: input.benefit_id, type: "partner" })
    const config = benefit && partnerConfigOf(benefit)
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const { data: links } = benefit
      ? await container.resolve(ContainerRegistrationKeys.QUERY).graph(benefitPartnerLinks({ membership_benefit_id: benefit.id }))
      : { data: [] }
    const partnerId = (links as BenefitPartnerRow[])[0]?.partner_id
    const [partner] = partnerId ? await partners.listPartners({ id: partnerId }, { select: ["id", "status"] }) : []
    if (!config || !partner || partner.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This item is not available at the moment")
    }
    const program = config.code_valid_days ? await container.resolve<TierModuleService>(TIER_MODULE).loadTierProgram() : null
    const key = mallPartnerEntitlementKey(input.redemption_id)
    return new StepResponse<ClaimPartnerCodeInput>({
      partner_id: partner.id,
      benefit_id: benefit.id,
      customer_id: input.customer_id,
      membership_id: null,
      entitlement_key: key,
      claim_key: key,
      source: config.code_source,
      expires_at: program && config.code_valid_days ? couponExpiry(now, config.code_valid_days, program.timezone) : null,
      now,
    })
  }
)
