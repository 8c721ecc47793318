import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimPartnerCodeStep } from "../../partners/steps/claim-partner-code"
import { issuePointsMallCouponStep } from "../steps/issue-points-mall-coupon"
import { placePointsMallOrderStep, type PointsMallShipping } from "../steps/place-points-mall-order"
import { prepareMallPartnerCodeStep } from "../steps/prepare-mall-partner-code"
import { recordPointsMallFulfilmentStep } from "../steps/record-points-mall-fulfilment"
import { type RedeemPointsMallItemInput, redeemPointsMallItemStep } from "../steps/redeem-points-mall-item"
import { givesNew, mallGivingInputs } from "../utils/mall-giving"

export type RedeemPointsMallItemWorkflowInput = RedeemPointsMallItemInput & {
  /** For a variant item: the region of its order (the store's default otherwise) and its shipping. */
  region_id?: string | null
  sales_channel_id?: string | null
  shipping?: PointsMallShipping | null
}

export const redeemPointsMallItemWorkflowId = "redeem-points-mall-item"

/**
 * Redeems a points mall item: takes the points and the stock (once per idempotency key), then
 * gives the item — a coupon code, an order of the variant, or a partner's code claimed from its
 * benefit (an empty pool is a 409) — and records it. If giving fails,
 * the redemption is canceled: the points and the stock come back. A replayed key answers with
 * the first redemption and gives nothing again.
 *
 * @example
 * const { result } = await redeemPointsMallItemWorkflow(container).run({
 *   input: {
 *     item_id: "pmitem_123",
 *     customer_id: "cus_123",
 *     idempotency_key: "4c1d7e0a-redeem",
 *     region_id: "reg_123",
 *     shipping: { option_id: "so_123", address: { country_code: "de", city: "Berlin", address_1: "Torstraße 1", postal_code: "10119" } },
 *   },
 * })
 */
export const redeemPointsMallItemWorkflow = createWorkflow(redeemPointsMallItemWorkflowId, (input: RedeemPointsMallItemWorkflowInput) => {
  const redeemed = redeemPointsMallItemStep(
    transform({ input }, ({ input }) => ({
      item_id: input.item_id,
      customer_id: input.customer_id,
      idempotency_key: input.idempotency_key,
      now: input.now,
    }))
  )
  const giving = transform({ redeemed, input }, mallGivingInputs)
  const coupon = when("issue-new-mall-coupon", { redeemed }, ({ redeemed }) => givesNew(redeemed, "coupon")).then(() =>
    issuePointsMallCouponStep(giving.coupon)
  )
  const order = when("place-new-mall-order", { redeemed }, ({ redeemed }) => givesNew(redeemed, "variant")).then(() =>
    placePointsMallOrderStep(giving.order)
  )
  const partnerCode = when("claim-new-mall-partner-code", { redeemed }, ({ redeemed }) => givesNew(redeemed, "partner_code")).then(() =>
    claimPartnerCodeStep(prepareMallPartnerCodeStep(giving.partnerCode))
  )
  const redemption = recordPointsMallFulfilmentStep(
    transform({ redeemed, coupon, order, partnerCode }, ({ redeemed, coupon, order, partnerCode }) => ({
      redemption_id: redeemed.redemption.id,
      created: redeemed.created,
      order_id: order?.order_id ?? null,
      promotion_id: coupon?.promotion_id ?? null,
      code: coupon?.code ?? partnerCode?.code.code ?? null,
    }))
  )
  return new WorkflowResponse(redemption)
})
