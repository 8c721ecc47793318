import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { benefitIdsByPromotionId } from "./benefit-ids-by-promotion-id"

/**
 * The benefit behind each of these promotions: a member discount's or free shipping's managed
 * promotion, or a dropped coupon's code. Promotions no benefit stands behind are absent.
 */
export async function benefitsOfPromotions(container: MedusaContainer, promotionIds: (string | null | undefined)[]): Promise<Map<string, string>> {
  const ids = [...new Set(promotionIds.filter((id): id is string => Boolean(id)))]
  const result = new Map<string, string>()
  if (!ids.length) {
    return result
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [managed, coupons] = await Promise.all([
    benefitIdsByPromotionId(container, ids),
    membership.listMemberCoupons({ promotion_id: ids }, { select: ["promotion_id", "benefit_id"] }),
  ])
  managed.forEach((benefitId, promotionId) => result.set(promotionId, benefitId))
  for (const coupon of coupons) {
    result.set(coupon.promotion_id!, coupon.benefit_id)
  }
  return result
}
