import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, couponExpiry } from "../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { partnerConfigOf } from "../utils/partner-benefits"
import { shopperBenefits } from "../../benefits/queries/shopper-benefits"
import { storeDefaultCurrency } from "../../common/utils/store-currencies"

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
 * benefit now (403) and its partner is active; the entitlement it uses up, the expiry of the
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
    const [partner] = await partners.listPartners({ id: config.partner_id }, { select: ["id", "status"] })
    if (partner?.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This partner benefit is not available at the moment")
    }
    const [entitlement, program, defaultCurrency] = await Promise.all([
      membership.partnerEntitlement({
        customer_id: input.customer_id,
        plan_ids: benefit.plan_ids as unknown as string[],
        entitlement: config.entitlement,
        now,
      }),
      membership.loadTierProgram(),
      benefit.cost_currency_code ? Promise.resolve(null) : storeDefaultCurrency(container),
    ])
    return new StepResponse<PartnerClaimPlan>({
      benefit_id: benefit.id,
      benefit_name: benefit.name,
      partner_id: config.partner_id,
      source: config.code_source,
      ...entitlement,
      expires_at: config.code_valid_days ? couponExpiry(now, config.code_valid_days, program.timezone) : null,
      value: Number(benefit.cost_per_use ?? 0),
      currency_code: (benefit.cost_currency_code ?? defaultCurrency ?? "eur").toLowerCase(),
    })
  }
)
