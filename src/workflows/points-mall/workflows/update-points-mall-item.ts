import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type MallItemFields } from "../utils/mall-item-fields"
import { updatePointsMallItemStep } from "../steps/update-points-mall-item"

export const updatePointsMallItemWorkflowId = "update-points-mall-item"

export const updatePointsMallItemWorkflow = createWorkflow(
  updatePointsMallItemWorkflowId,
  (input: MallItemFields & { id: string }) => new WorkflowResponse(updatePointsMallItemStep(input))
)
