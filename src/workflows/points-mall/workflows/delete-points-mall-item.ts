import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePointsMallItemStep } from "../steps/delete-points-mall-item"

export const deletePointsMallItemWorkflowId = "delete-points-mall-item"

export const deletePointsMallItemWorkflow = createWorkflow(deletePointsMallItemWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deletePointsMallItemStep(input.id))
})
