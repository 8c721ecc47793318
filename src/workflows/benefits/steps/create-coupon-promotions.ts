import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PendingCoupon } from "./claim-member-coupons"

export type CreateCouponPromotionsInput = {
  benefit: { id: string; name: string }
  period: string
  coupons: PendingCoupon[]
}

export type CouponPromotion = { coupon_id: string; promotion_id: string }

/** The campaign that ends the promotions of a benefit's codes expiring at one instant. */
export const couponCampaignIdentifier = (benefitId: string, expiresAt: Date | string) =>
  `member-coupons:${benefitId}:${new Date(expiresAt).toISOString()}`

export const createCouponPromotionsStepId = "create-coupon-promotions"

/**
 * Gives each coupon its Medusa promotion: a standard, non-automatic promotion with the coupon's
 * code, usable once (`limit` 1), only in a cart of the coupon's customer (rule on `customer.id`),
 * taking the value off the order's items, in a campaign that ends when the coupon expires
 * (promotions have no end date of their own). A coupon whose code already has a promotion (a
 * run interrupted before recording it) keeps that one. Rollback deletes what this step created.
 */
export const createCouponPromotionsStep = createStep(
  createCouponPromotionsStepId,
  async (input: CreateCouponPromotionsInput, { container }) => {
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    const created = { promotion_ids: [] as string[], campaign_ids: [] as string[] }
    if (!input.coupons.length) {
      return new StepResponse([] as CouponPromotion[], created)
    }
    const existing = await promotions.listPromotions({ code: input.coupons.map((coupon) => coupon.code) }, { select: ["id", "code"] })
    const byCode = new Map(existing.map((promotion) => [promotion.code!, promotion.id]))
    const missing = input.coupons.filter((coupon) => !byCode.has(coupon.code))

    const campaignIds = new Map<string, string>()
    const identifiers = [...new Set(missing.map((coupon) => couponCampaignIdentifier(coupon.benefit_id, coupon.expires_at)))]
    if (identifiers.length) {
      const campaigns = await promotions.listCampaigns({ campaign_identifier: identifiers }, { select: ["id", "campaign_identifier"] })
      campaigns.forEach((campaign) => campaignIds.set(campaign.campaign_identifier!, campaign.id))
      // One new campaign per identifier not found, named after its first coupon.
      const toCreate = new Map<string, PendingCoupon>()
      for (const coupon of missing) {
        const identifier = couponCampaignIdentifier(coupon.benefit_id, coupon.expires_at)
        if (!campaignIds.has(identifier) && !toCreate.has(identifier)) {
          toCreate.set(identifier, coupon)
        }
      }
      if (toCreate.size) {
        const newCampaigns = await promotions.createCampaigns(
          [...toCreate].map(([identifier, coupon]) => ({
            name: `Member coupons: ${input.benefit.name} (${input.period})`,
            description: `Coupon drop ${input.benefit.id}, codes valid until ${new Date(coupon.expires_at).toISOString()}`,
            campaign_identifier: identifier,
            ends_at: new Date(coupon.expires_at),
          }))
        )
        newCampaigns.forEach((campaign) => {
          campaignIds.set(campaign.campaign_identifier!, campaign.id)
          created.campaign_ids.push(campaign.id)
        })
      }
    }

    if (missing.length) {
      const newPromotions = await promotions.createPromotions(
        missing.map((coupon) => ({
          code: coupon.code,
          type: "standard" as const,
          status: "active" as const,
          is_automatic: false,
          limit: 1,
          campaign_id: campaignIds.get(couponCampaignIdentifier(coupon.benefit_id, coupon.expires_at)),
          rules: [{ attribute: "customer.id", operator: "eq" as const, values: [coupon.customer_id] }],
          application_method: {
            type: coupon.value_type,
            target_type: "order" as const,
            allocation: "across" as const,
            value: Number(coupon.value),
            ...(coupon.value_type === "fixed" ? { currency_code: coupon.currency_code! } : {}),
          },
          metadata: { member_coupon_id: coupon.id, membership_benefit_id: coupon.benefit_id },
        }))
      )
      newPromotions.forEach((promotion) => {
        byCode.set(promotion.code!, promotion.id)
        created.promotion_ids.push(promotion.id)
      })
    }
    const pairs = input.coupons.map((coupon) => ({ coupon_id: coupon.id, promotion_id: byCode.get(coupon.code)! }))
    return new StepResponse(pairs, created)
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    if (created.promotion_ids.length) {
      await promotions.deletePromotions(created.promotion_ids)
    }
    if (created.campaign_ids.length) {
      await promotions.deleteCampaigns(created.campaign_ids)
    }
  }
)
