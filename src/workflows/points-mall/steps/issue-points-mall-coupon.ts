import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateCouponCode } from "../../../modules/membership"
import type { MallCouponConfig } from "../../../modules/points"

const DAY_MS = 86_400_000

export type IssuePointsMallCouponInput = {
  redemption_id: string
  item: { id: string; name: string; coupon: MallCouponConfig }
  customer_id: string
  now?: Date
}

export const issuePointsMallCouponStepId = "issue-points-mall-coupon"

/**
 * The coupon a coupon item gives: a single-use (`limit` 1) promotion code usable only in a cart
 * of the customer (rule on `customer.id`), as coupon drops do, in a campaign that ends after
 * the item's `valid_days` (promotions have no end date of their own). Rollback deletes both.
 */
export const issuePointsMallCouponStep = createStep(
  issuePointsMallCouponStepId,
  async (input: IssuePointsMallCouponInput, { container }) => {
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    const { coupon } = input.item
    const now = input.now ?? new Date()
    const [campaign] = await promotions.createCampaigns([
      {
        name: `Points mall: ${input.item.name}`,
        campaign_identifier: `points-mall:${input.redemption_id}`,
        starts_at: now,
        ends_at: new Date(now.getTime() + coupon.valid_days * DAY_MS),
      },
    ])
    const [promotion] = await promotions.createPromotions([
      {
        code: generateCouponCode(),
        type: "standard",
        status: "active",
        is_automatic: false,
        limit: 1,
        campaign_id: campaign.id,
        rules: [{ attribute: "customer.id", operator: "eq", values: [input.customer_id] }],
        application_method: {
          type: coupon.value_type,
          target_type: "order",
          allocation: "across",
          value: Number(coupon.value),
          ...(coupon.value_type === "fixed" ? { currency_code: coupon.currency_code! } : {}),
        },
        metadata: { points_redemption_id: input.redemption_id, points_mall_item_id: input.item.id },
      },
    ])
    return new StepResponse(
      { promotion_id: promotion.id, code: promotion.code! },
      { promotion_id: promotion.id, campaign_id: campaign.id }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    await promotions.deletePromotions([created.promotion_id])
    await promotions.deleteCampaigns([created.campaign_id])
  }
)
