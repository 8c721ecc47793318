import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TierProgramSettings } from "../../../modules/membership"
import { reevaluateTiersStep } from "../steps/reevaluate-tiers"
import { updateTierProgramStep } from "../steps/update-tier-program"

export const updateTierProgramWorkflowId = "update-tier-program"

/** Saves the tier program's settings, then re-evaluates everyone under them. */
export const updateTierProgramWorkflow = createWorkflow(updateTierProgramWorkflowId, (input: Partial<TierProgramSettings>) => {
  const program = updateTierProgramStep(input)
  const evaluation = reevaluateTiersStep({})
  return new WorkflowResponse({ program, evaluation })
})
