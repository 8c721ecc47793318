import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../modules/membership"
import type { PageParams } from "../../types/http"

const COUPON_FIELDS = ["id", "benefit_id", "period", "sequence", "code", "value_type", "value", "currency_code", "promotion_id", "expires_at", "created_at"]

/**
 * A customer's issued coupon drop codes, newest month first, one page: each with its benefit's
 * name, value, expiry, and whether it was used (its promotion's `used`) or has expired.
 */
export async function couponPage(
  container: MedusaContainer,
  customerId: string,
  { limit, offset }: PageParams,
  now = new Date()
) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [coupons, count] = await membership.listAndCountMemberCoupons(
    { customer_id: customerId, promotion_id: { $ne: null } },
    { select: COUPON_FIELDS, order: { period: "DESC", created_at: "DESC", sequence: "ASC", id: "ASC" }, skip: offset, take: limit }
  )
  const benefitIds = [...new Set(coupons.map((coupon) => coupon.benefit_id))]
  // Every listed coupon has its promotion (`promotion_id` is not null).
  const promotionIds = coupons.map((coupon) => coupon.promotion_id as string)
  const [benefits, promotions] = await Promise.all([
    benefitIds.length ? membership.listMembershipBenefits({ id: benefitIds }, { select: ["id", "name"], withDeleted: true }) : [],
    promotionIds.length
      ? container.resolve<IPromotionModuleService>(Modules.PROMOTION).listPromotions({ id: promotionIds }, { select: ["id", "used"], withDeleted: true })
      : [],
  ])
  const names = new Map(benefits.map((benefit) => [benefit.id, benefit.name]))
  const used = new Map(promotions.map((promotion) => [promotion.id, (promotion.used ?? 0) > 0]))
  return {
    coupons: coupons.map((coupon) => ({
      id: coupon.id,
      code: coupon.code,
      benefit: { id: coupon.benefit_id, name: names.get(coupon.benefit_id) ?? null },
      value_type: coupon.value_type,
      value: Number(coupon.value),
      currency_code: coupon.currency_code,
      period: coupon.period,
      sequence: coupon.sequence,
      expires_at: coupon.expires_at,
      issued_at: coupon.created_at,
      used: used.get(coupon.promotion_id as string) ?? false,
      expired: new Date(coupon.expires_at) <= now,
    })),
    count,
    offset,
    limit,
  }
}
