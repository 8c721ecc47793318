import type { MallCouponConfig, MallItemKind, MallRedeemResult } from "../../../modules/points"
import type { IssuePointsMallCouponInput } from "../steps/issue-points-mall-coupon"
import type { PlacePointsMallOrderInput } from "../steps/place-points-mall-order"
import type { PrepareMallPartnerCodeInput } from "../steps/prepare-mall-partner-code"
import type { RedeemPointsMallItemWorkflowInput } from "../workflows/redeem-points-mall-item"

type Redeemed = { redeemed: MallRedeemResult; input: RedeemPointsMallItemWorkflowInput }

/** Whether this run's redemption (not a replayed key's) is of an item of `kind`, which is then given. */
export const givesNew = (redeemed: MallRedeemResult, kind: MallItemKind) => redeemed.created && redeemed.item.kind === kind

/** What giving a just-redeemed item takes, for each kind of item; only its own kind's is used. */
export function mallGivingInputs({ redeemed, input }: Redeemed): {
  coupon: IssuePointsMallCouponInput
  order: PlacePointsMallOrderInput
  partnerCode: PrepareMallPartnerCodeInput
} {
  const { redemption, item } = redeemed
  return {
    coupon: {
      redemption_id: redemption.id,
      item: { id: item.id, name: item.name, coupon: item.coupon as MallCouponConfig },
      customer_id: input.customer_id,
      now: input.now,
    },
    order: {
      redemption_id: redemption.id,
      item: { id: item.id, variant_id: item.variant_id as string, points_price: item.points_price },
      customer_id: input.customer_id,
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      shipping: input.shipping,
    },
    partnerCode: {
      benefit_id: item.partner_benefit_id as string,
      redemption_id: redemption.id,
      customer_id: input.customer_id,
      now: input.now ?? new Date(),
    },
  }
}
