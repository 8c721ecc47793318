import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reevaluateTiersWorkflow } from "./reevaluate-tiers"
import { updateMembershipTierStep } from "../steps/update-membership-tier"
import type { TierFields } from "../utils/tier-fields"

export const updateMembershipTierWorkflowId = "update-membership-tier"

/**
 * Updates a tier (and its group), then re-evaluates everyone. If the re-evaluation fails, the
 * tier and its group get their previous values back.
 *
 * @example
 * const { result } = await updateMembershipTierWorkflow(container).run({
 *   input: { id: "mtier_123", threshold: 6000, description: "Free express shipping and early access" },
 * })
 */
export const updateMembershipTierWorkflow = createWorkflow(updateMembershipTierWorkflowId, (input: TierFields & { id: string }) => {
  const tier = updateMembershipTierStep(input)
  const evaluation = reevaluateTiersWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse({ tier, evaluation })
})
