import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { livePromotion } from "../queries/live-promotion"

const promotionModule = (container: MedusaContainer) => container.resolve<IPromotionModuleService>(Modules.PROMOTION)

export const deleteBenefitPromotionStepId = "delete-benefit-promotion"

/** Deletes (softly) a deleted benefit's promotion, keeping the link for past orders; rollback restores it. */
export const deleteBenefitPromotionStep = createStep(
  deleteBenefitPromotionStepId,
  async (benefitId: string, { container }) => {
    const promotion = await livePromotion(container, benefitId)
    if (!promotion) {
      return new StepResponse(null)
    }
    await promotionModule(container).softDeletePromotions([promotion.id])
    return new StepResponse(promotion.id, promotion.id)
  },
  async (promotionId, { container }) => {
    if (promotionId) {
      await promotionModule(container).restorePromotions([promotionId])
    }
  }
)
