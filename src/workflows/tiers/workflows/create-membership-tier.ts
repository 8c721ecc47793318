import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reevaluateTiersStep } from "../steps/reevaluate-tiers"
import { createMembershipTierStep } from "../steps/create-membership-tier"
import type { TierFields } from "../utils/tier-fields"

export const createMembershipTierWorkflowId = "create-membership-tier"

/** Creates a tier with its customer group, then re-evaluates everyone against the new tiers. */
export const createMembershipTierWorkflow = createWorkflow(createMembershipTierWorkflowId, (input: TierFields & { name: string; rank: number }) => {
  const tier = createMembershipTierStep(input)
  const evaluation = reevaluateTiersStep({})
  return new WorkflowResponse({ tier, evaluation })
})
