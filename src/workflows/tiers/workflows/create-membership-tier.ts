import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reevaluateTiersWorkflow } from "./reevaluate-tiers"
import { createMembershipTierStep } from "../steps/create-membership-tier"
import type { TierFields } from "../utils/tier-fields"

export const createMembershipTierWorkflowId = "create-membership-tier"

/**
 * Creates a tier with its customer group, then re-evaluates everyone against the new tiers (one
 * re-evaluation at a time across instances). If the re-evaluation fails, the tier and its group are deleted.
 *
 * @example
 * const { result } = await createMembershipTierWorkflow(container).run({
 *   input: { name: "Gold", rank: 3, threshold: 5000, badge_color: "#D4AF37", badge_icon: "star" },
 * })
 */
export const createMembershipTierWorkflow = createWorkflow(createMembershipTierWorkflowId, (input: TierFields & { name: string; rank: number }) => {
  const tier = createMembershipTierStep(input)
  const evaluation = reevaluateTiersWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse({ tier, evaluation })
})
