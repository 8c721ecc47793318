import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, couponExpiry } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { benefitPartnerLinks, type BenefitPartnerRow, partnerConfigOf } from "../utils/partner-benefits"
import { shopperBenefits } from "../../benefits/queries/shopper-benefits"
import { storeDefaultCurrency } from "../../common/queries/store-default-currency"

export type PartnerClaimPlan = {
  benefit_id: string
  benefit_name: string
  partner_id: string
  source: "pool" | "generated"
  entitlement_key: string
  membership_id: string | null
  /** When a claimed code stops working (a pool code's own expiry wins); null: never. */
  expires_at: Date | null
  /** The benefit usage a new claim records. */
  value: number
  currency_code: string
}

export const preparePartnerClaimStepId = "prepare-partner-claim"

/**
 * What a claim of a partner benefit at `now` would take: refused unless the customer holds the
 * benefit now (403) and its linked partner is active; the entitlement it uses up, the expiry of the
 * code and the value of the usage.
 */
export const preparePartnerClaimStep = createStep(
  preparePartnerClaimStepId,
  async (input: { benefit_id: string; customer_id: string; now: Date }, { container }) => {
    const now = new Date(input.now)
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const [benefit] = await membership.listMembershipBenefits({ id: input.benefit_id, type: "partner" })
    if (!benefit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner benefit ${input.benefit_id} was not found`)
    }
    const held = await shopperBenefits(container, input.customer_id, { types: ["partner"], now })
    if (!held.some((candidate) => candidate.id === benefit.id)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "This is not a benefit you hold")
    }
    const config = partnerConfigOf(benefit)
    const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph(benefitPartnerLinks({ membership_benefit_id: benefit.id }))
    const partnerId = (links as BenefitPartnerRow[])[0]?.partner_id
    const [partner] = partnerId ? await partners.listPartners({ id: partnerId }, { select: ["id", "status"] }) : []
    if (!partner || partner.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This partner benefit is not available at the moment")
    }
    const program = await container.resolve<TierModuleService>(TIER_MODULE).loadTierProgram()
    const [entitlement, defaultCurrency] = await Promise.all([
      membership.partnerEntitlement({
        customer_id: input.customer_id,
        plan_ids: benefit.plan_ids as unknown as string[],
        entitlement: config.entitlement,
        now,
        timezone: program.timezone,
      }),
      benefit.cost_currency_code ? Promise.resolve(null) : storeDefaultCurrency(container),
    ])
    return new StepResponse<PartnerClaimPlan>({
      benefit_id: benefit.id,
      benefit_name: benefit.name,
      partner_id: partner.id,
      source: config.code_source,
      ...entitlement,
      expires_at: config.code_valid_days ? couponExpiry(now, config.code_valid_days, program.timezone) : null,
      value: Number(benefit.cost_per_use ?? 0),
      currency_code: (benefit.cost_currency_code ?? defaultCurrency ?? "eur").toLowerCase(),
    })
  }
)
