import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CouponDropConfig } from "../../../modules/membership"
import { attachCouponPromotionsStep } from "../steps/attach-coupon-promotions"
import { claimMemberCouponsStep } from "../steps/claim-member-coupons"
import { createCouponPromotionsStep } from "../steps/create-coupon-promotions"

export type IssueCouponDropsInput = {
  benefit: { id: string; name: string; config: CouponDropConfig }
  /** Customers the benefit reaches now (one batch of the job). */
  customer_ids: string[]
  /** "YYYY-MM" in the store's time zone. */
  period: string
  /** ISO instant the codes claimed now stop working. */
  expires_at: string
}

export const issueCouponDropsWorkflowId = "issue-coupon-drops"

/**
 * Issues a month's codes of one coupon_drop benefit to a batch of customers: claims the rows
 * (once per customer, month and sequence, whoever runs), creates the promotions of the rows
 * without one, and records them on the rows. A run cut short between the steps is finished by
 * the next one; a failing run deletes the rows and promotions it created.
 *
 * @example
 * const { result } = await issueCouponDropsWorkflow(container).run({
 *   input: {
 *     benefit: {
 *       id: "mbnft_123",
 *       name: "Monthly €5 off",
 *       config: { codes_per_month: 2, value_type: "fixed", value: 5, currency_code: "eur", valid_days: 30 },
 *     },
 *     customer_ids: ["cus_123", "cus_456"],
 *     period: "2026-03",
 *     expires_at: "2026-03-31T00:00:00.000Z",
 *   },
 * })
 */
export const issueCouponDropsWorkflow = createWorkflow(issueCouponDropsWorkflowId, (input: IssueCouponDropsInput) => {
  const claimed = claimMemberCouponsStep({
    benefit_id: input.benefit.id,
    config: input.benefit.config,
    customer_ids: input.customer_ids,
    period: input.period,
    expires_at: input.expires_at,
  })
  const promotions = createCouponPromotionsStep({ benefit: input.benefit, period: input.period, coupons: claimed.pending })
  const issued = attachCouponPromotionsStep(promotions)
  return new WorkflowResponse({ claimed: claimed.claimed, issued })
})
