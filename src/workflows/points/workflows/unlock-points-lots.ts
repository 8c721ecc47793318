import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DueLotsRun, LotsRunSummary } from "../../../modules/points"
import { unlockDuePointsLotsStep } from "../steps/unlock-due-points-lots"

export const unlockPointsLotsWorkflowId = "unlock-points-lots"

/**
 * Records that pending points lots became spendable (see `PointsModuleService.unlockDueLots`),
 * one run at a time across instances.
 *
 * @example
 * const { result } = await unlockPointsLotsWorkflow(container).run({ input: { now: new Date() } })
 */
export const unlockPointsLotsWorkflow = createWorkflow(unlockPointsLotsWorkflowId, (input: DueLotsRun) => {
  const summary = unlockDuePointsLotsStep(input)
  return new WorkflowResponse(summary)
})

/** Runs `unlockPointsLotsWorkflow` (the daily job does). */
export async function unlockPointsLots(container: MedusaContainer, input: DueLotsRun = {}): Promise<LotsRunSummary> {
  return (await unlockPointsLotsWorkflow(container).run({ input })).result
}
