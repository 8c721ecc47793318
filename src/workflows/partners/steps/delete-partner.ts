import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listPartnerBenefits } from "../utils/partner-benefits"
import { partners } from "../utils/partner-fields"

export const deletePartnerStepId = "delete-partner"
/**
 * Soft-deletes a partner that no benefit names any more (their codes and members' claims depend
 * on it; suspending stops its keys instead). Its keys stop working with it. Rollback restores it.
 */
export const deletePartnerStep = createStep(
  deletePartnerStepId,
  async (id: string, { container }) => {
    await partners(container).retrievePartner(id)
    const benefits = await listPartnerBenefits(container, id)
    if (benefits.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The partner still has benefits (${benefits.map((benefit) => benefit.name).join(", ")}): delete them first, or suspend the partner`
      )
    }
    await partners(container).softDeletePartners([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await partners(container).restorePartners([id])
    }
  }
)
