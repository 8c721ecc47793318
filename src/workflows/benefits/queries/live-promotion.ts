import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stateOf, WITH_RULES } from "../utils/benefit-promotion"
import { BENEFIT_PROMOTION_LINK, BENEFIT_PROMOTION_LINK_FIELDS, type BenefitPromotionLinkRow } from "../utils/member-promotions"

/**
 * The benefit's promotion that is not deleted, with its current state: among every promotion
 * ever linked to the benefit (deleted ones included), the one the promotion module still lists.
 */
export async function livePromotion(container: MedusaContainer, benefitId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: BENEFIT_PROMOTION_LINK,
    fields: BENEFIT_PROMOTION_LINK_FIELDS,
    filters: { membership_benefit_id: [benefitId] },
  })
  const ids = (data as BenefitPromotionLinkRow[]).map((row) => row.promotion_id)
  const [promotion] = ids.length ? await container.resolve<IPromotionModuleService>(Modules.PROMOTION).listPromotions({ id: ids }, WITH_RULES) : []
  return promotion && { id: promotion.id, state: stateOf(promotion) }
}
