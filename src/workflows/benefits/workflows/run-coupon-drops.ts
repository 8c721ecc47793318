import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CouponDropRunInput, type CouponDropSummary, issueDueCouponDropsStep } from "../steps/issue-due-coupon-drops"

export const runCouponDropsWorkflowId = "run-coupon-drops"

/**
 * This month's coupon drop codes for every member a coupon_drop benefit reaches (see
 * `issueDueCouponDropsStep`), one run at a time across instances.
 *
 * @example
 * const { result } = await runCouponDropsWorkflow(container).run({ input: { now: new Date() } })
 */
export const runCouponDropsWorkflow = createWorkflow(runCouponDropsWorkflowId, (input: CouponDropRunInput) => {
  const summary = issueDueCouponDropsStep(input)
  return new WorkflowResponse(summary)
})

/** Runs `runCouponDropsWorkflow` (the daily job does). */
export async function issueCouponDrops(
  container: MedusaContainer,
  { now = new Date(), batchSize }: { now?: Date; batchSize?: number } = {}
): Promise<CouponDropSummary> {
  return (await runCouponDropsWorkflow(container).run({ input: { now, batch_size: batchSize } })).result
}
