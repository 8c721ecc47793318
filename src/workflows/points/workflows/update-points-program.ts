import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PointsProgramSettings } from "../../../modules/points"
import { updatePointsProgramStep } from "../steps/update-points-program"

export const updatePointsProgramWorkflowId = "update-points-program"

/**
 * Saves the points program's settings (any part of them); they apply to points earned and spent
 * from now on. A rollback writes the previous values back.
 *
 * @example
 * const { result } = await updatePointsProgramWorkflow(container).run({
 *   input: {
 *     earn_rates: [{ currency_code: "eur", points_per_unit: 1, min_order: 10 }],
 *     pending_days: 14,
 *     expiry_mode: "days",
 *     expiry_days: 365,
 *   },
 * })
 */
export const updatePointsProgramWorkflow = createWorkflow(updatePointsProgramWorkflowId, (input: Partial<PointsProgramSettings>) => {
  const program = updatePointsProgramStep(input)
  return new WorkflowResponse({ program })
})
