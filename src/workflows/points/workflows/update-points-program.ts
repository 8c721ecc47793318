import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PointsProgramSettings } from "../../../modules/points"
import { updatePointsProgramStep } from "../steps/update-points-program"

export const updatePointsProgramWorkflowId = "update-points-program"

/** Saves the points program's settings; they apply to points earned and spent from now on. */
export const updatePointsProgramWorkflow = createWorkflow(updatePointsProgramWorkflowId, (input: Partial<PointsProgramSettings>) => {
  const program = updatePointsProgramStep(input)
  return new WorkflowResponse({ program })
})
