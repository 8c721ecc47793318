import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TierProgramSettings } from "../../../modules/tier"
import { reevaluateTiersWorkflow } from "./reevaluate-tiers"
import { updateTierProgramStep } from "../steps/update-tier-program"

export const updateTierProgramWorkflowId = "update-tier-program"

/**
 * Saves the tier program's settings (any part of them), then re-evaluates everyone under them.
 * If the re-evaluation fails, the previous settings are written back.
 *
 * @example
 * const { result } = await updateTierProgramWorkflow(container).run({
 *   input: { mode: "growth", window_days: 365, downgrade_policy: "scheduled", protection_days: 30 },
 * })
 */
export const updateTierProgramWorkflow = createWorkflow(updateTierProgramWorkflowId, (input: Partial<TierProgramSettings>) => {
  const program = updateTierProgramStep(input)
  const evaluation = reevaluateTiersWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse({ program, evaluation })
})
