import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BENEFIT_PROMOTION_LINK, BENEFIT_PROMOTION_LINK_FIELDS, type BenefitPromotionLinkRow } from "../utils/member-promotions"

/**
 * The benefit behind each managed promotion among `promotionIds` (promotion id → benefit id);
 * promotions the plugin does not manage are absent. Works for deleted benefits and promotions
 * too, so adjustments on past orders (`promotion_id`) can be attributed.
 */
export async function benefitIdsByPromotionId(container: MedusaContainer, promotionIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(promotionIds.filter(Boolean))]
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: BENEFIT_PROMOTION_LINK, fields: BENEFIT_PROMOTION_LINK_FIELDS, filters: { promotion_id: ids } })
  return new Map((data as BenefitPromotionLinkRow[]).map((row) => [row.promotion_id, row.membership_benefit_id]))
}
