import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { benefitPartnerLinks, type BenefitPartnerRow } from "../utils/partner-benefits"

export const deletePartnerStepId = "delete-partner"

/**
 * Soft-deletes a partner that no benefit is linked to any more (their codes and members' claims depend
 * on it; suspending stops its keys instead). Its keys stop working with it. Rollback restores it.
 */
export const deletePartnerStep = createStep(
  deletePartnerStepId,
  async (id: string, { container }) => {
    await container.resolve<PartnerModuleService>(PARTNER_MODULE).retrievePartner(id)
    const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph(benefitPartnerLinks({ partner_id: id }))
    const ids = (links as BenefitPartnerRow[]).map((link) => link.membership_benefit_id)
    const benefits = ids.length
      ? await container
          .resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
          .listMembershipBenefits({ id: ids, type: "partner" }, { select: ["id", "name"], order: { created_at: "DESC", id: "DESC" } })
      : []
    if (benefits.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The partner still has benefits (${benefits.map((benefit) => benefit.name).join(", ")}): delete them first, or suspend the partner`
      )
    }
    await container.resolve<PartnerModuleService>(PARTNER_MODULE).softDeletePartners([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).restorePartners([id])
    }
  }
)
