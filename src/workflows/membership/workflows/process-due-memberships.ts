import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DueRunInput, type DueRunSummary, renewDueMembershipsStep } from "../steps/renew-due-memberships"

export const processDueMembershipsWorkflowId = "process-due-memberships"

/**
 * Renewals, dunning retries, expiries and plan switches due at `now`: `renew-membership` for
 * each membership that needs one.
 *
 * @example
 * const { result } = await processDueMembershipsWorkflow(container).run({ input: { now: new Date() } })
 */
export const processDueMembershipsWorkflow = createWorkflow(processDueMembershipsWorkflowId, (input: DueRunInput) => {
  return new WorkflowResponse(renewDueMembershipsStep(input))
})

/** Runs `processDueMembershipsWorkflow` (the renewal job does, every 15 minutes). */
export async function processDueMemberships(
  container: MedusaContainer,
  now: Date,
  options: { batchSize?: number; concurrency?: number } = {}
): Promise<DueRunSummary> {
  const input = { now, batch_size: options.batchSize, concurrency: options.concurrency }
  return (await processDueMembershipsWorkflow(container).run({ input })).result
}
