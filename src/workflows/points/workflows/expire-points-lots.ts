import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DueLotsRun, LotsRunSummary } from "../../../modules/points"
import { expireDuePointsLotsStep } from "../steps/expire-due-points-lots"

export const expirePointsLotsWorkflowId = "expire-points-lots"

/**
 * Takes what is left of expired points lots out of the ledger (see `PointsModuleService.expireDueLots`),
 * one run at a time across instances.
 *
 * @example
 * const { result } = await expirePointsLotsWorkflow(container).run({ input: { now: new Date() } })
 */
export const expirePointsLotsWorkflow = createWorkflow(expirePointsLotsWorkflowId, (input: DueLotsRun) => {
  const summary = expireDuePointsLotsStep(input)
  return new WorkflowResponse(summary)
})

/** Runs `expirePointsLotsWorkflow` (the daily job does). */
export async function expirePointsLots(container: MedusaContainer, input: DueLotsRun = {}): Promise<LotsRunSummary> {
  return (await expirePointsLotsWorkflow(container).run({ input })).result
}
