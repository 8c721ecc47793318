import type { MedusaContainer } from "@medusajs/framework/types"
import { oneRunAtATimeWorkflow } from "../../common/workflows/one-run-at-a-time"
import type { DueLotsRun, LotsRunSummary } from "../../../modules/points"
import { unlockDuePointsLotsStep } from "../steps/unlock-due-points-lots"

export const unlockPointsLotsWorkflowId = "unlock-points-lots"

const LOCK = "points:unlock-lots"

/**
 * Records that pending points lots became spendable (see `PointsModuleService.unlockDueLots`),
 * one run at a time across instances.
 *
 * @example
 * const { result } = await unlockPointsLotsWorkflow(container).run({ input: { now: new Date() } })
 */
export const unlockPointsLotsWorkflow = oneRunAtATimeWorkflow(unlockPointsLotsWorkflowId, LOCK, unlockDuePointsLotsStep)

/** Runs `unlockPointsLotsWorkflow` (the daily job does). */
export async function unlockPointsLots(container: MedusaContainer, input: DueLotsRun = {}): Promise<LotsRunSummary> {
  return (await unlockPointsLotsWorkflow(container).run({ input })).result
}
