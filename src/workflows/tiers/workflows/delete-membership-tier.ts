import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reevaluateTiersWorkflow } from "./reevaluate-tiers"
import { deleteMembershipTierStep } from "../steps/delete-membership-tier"
import { deleteTierGroupStep } from "../steps/delete-tier-group"

export const deleteMembershipTierWorkflowId = "delete-membership-tier"

/**
 * Deletes a tier (softly): its members move to the tier they qualify for, then its group goes.
 * If a later step fails, the tier is restored and keeps its group.
 *
 * @example
 * const { result } = await deleteMembershipTierWorkflow(container).run({ input: { id: "mtier_123" } })
 */
export const deleteMembershipTierWorkflow = createWorkflow(deleteMembershipTierWorkflowId, (input: { id: string }) => {
  const tier = deleteMembershipTierStep(input.id)
  const evaluation = reevaluateTiersWorkflow.runAsStep({ input: {} })
  deleteTierGroupStep(transform({ tier }, ({ tier }) => tier.customer_group_id ?? null))
  return new WorkflowResponse({ id: input.id, evaluation })
})
