import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listPartnerBenefits } from "../utils/partner-benefits"

export const deletePartnerStepId = "delete-partner"

/**
 * Soft-deletes a partner that no benefit names any more (their codes and members' claims depend
 * on it; suspending stops its keys instead). Its keys stop working with it. Rollback restores it.
 */
export const deletePartnerStep = createStep(
  deletePartnerStepId,
  async (id: string, { container }) => {
    await container.resolve<PartnerModuleService>(PARTNER_MODULE).retrievePartner(id)
    const benefits = await listPartnerBenefits(container, id)
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
