import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reevaluateTiersStep } from "./steps/reevaluate-tiers"
import {
  createMembershipTierStep,
  deleteMembershipTierStep,
  deleteTierGroupStep,
  updateMembershipTierStep,
} from "./steps/save-membership-tier"
import type { TierFields } from "./steps/save-membership-tier"

/** Creates a tier with its customer group, then re-evaluates everyone against the new tiers. */
export const createMembershipTierWorkflow = createWorkflow("create-membership-tier", (input: TierFields & { name: string; rank: number }) => {
  const tier = createMembershipTierStep(input)
  const evaluation = reevaluateTiersStep({})
  return new WorkflowResponse({ tier, evaluation })
})

/** Updates a tier (and its group), then re-evaluates everyone. */
export const updateMembershipTierWorkflow = createWorkflow("update-membership-tier", (input: TierFields & { id: string }) => {
  const tier = updateMembershipTierStep(input)
  const evaluation = reevaluateTiersStep({})
  return new WorkflowResponse({ tier, evaluation })
})

/** Deletes a tier: its members move to the tier they qualify for, then its group goes. */
export const deleteMembershipTierWorkflow = createWorkflow("delete-membership-tier", (input: { id: string }) => {
  const tier = deleteMembershipTierStep(input.id)
  const evaluation = reevaluateTiersStep({})
  deleteTierGroupStep(transform({ tier }, ({ tier }) => tier.customer_group_id ?? null))
  return new WorkflowResponse({ id: input.id, evaluation })
})
