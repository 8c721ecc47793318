import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ReevaluationInput, type ReevaluationSummary, reevaluateTiersStep } from "../steps/reevaluate-tiers"
import { syncTierGroupsStep } from "../steps/sync-tier-groups"

export const reevaluateTiersWorkflowId = "reevaluate-tiers"

/**
 * Runs the scheduled re-evaluation now: growth expiry, tier moves per the downgrade policy, tier
 * groups. Other workflows reuse it with `reevaluateTiersWorkflow.runAsStep`. One run at a time across instances; each batch is idempotent, so a rerun converges.
 *
 * @example
 * const { result } = await reevaluateTiersWorkflow(container).run({ input: { now: new Date(), batch_size: 50_000 } })
 */
export const reevaluateTiersWorkflow = createWorkflow(reevaluateTiersWorkflowId, (input: ReevaluationInput) => {
  const evaluation = reevaluateTiersStep(input)
  const synced = syncTierGroupsStep({})
  return new WorkflowResponse(transform({ evaluation, synced }, ({ evaluation, synced }): ReevaluationSummary => ({ ...evaluation, synced: evaluation.synced + synced })))
})

/** Runs `reevaluateTiersWorkflow` (the nightly job does). */
export async function reevaluateTiers(
  container: MedusaContainer,
  { now = new Date(), batchSize }: { now?: Date; batchSize?: number } = {}
): Promise<ReevaluationSummary> {
  return (await reevaluateTiersWorkflow(container).run({ input: { now, batch_size: batchSize } })).result
}
