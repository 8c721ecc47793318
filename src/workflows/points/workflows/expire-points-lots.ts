import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { DueLotsRun, LotsRunSummary } from "../../../modules/points"
import { expireDuePointsLotsStep } from "../steps/expire-due-points-lots"

export const expirePointsLotsWorkflowId = "expire-points-lots"

const LOCK = "points:expire-lots"

/**
 * Takes what is left of expired points lots out of the ledger (see `PointsModuleService.expireDueLots`),
 * one run at a time across instances.
 *
 * @example
 * const { result } = await expirePointsLotsWorkflow(container).run({ input: { now: new Date() } })
 */
export const expirePointsLotsWorkflow = createWorkflow(expirePointsLotsWorkflowId, (input: DueLotsRun) => {
  acquireLockStep({ key: LOCK, timeout: 300, ttl: 900 })
  const summary = expireDuePointsLotsStep(input)
  releaseLockStep({ key: LOCK })
  return new WorkflowResponse(summary)
})

/** Runs `expirePointsLotsWorkflow` (the daily job does). */
export async function expirePointsLots(container: MedusaContainer, input: DueLotsRun = {}): Promise<LotsRunSummary> {
  return (await expirePointsLotsWorkflow(container).run({ input })).result
}
