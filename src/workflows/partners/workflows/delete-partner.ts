import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePartnerStep } from "../steps/delete-partner"

export const deletePartnerWorkflowId = "delete-partner"

/** Deletes a partner no benefit names any more. */
export const deletePartnerWorkflow = createWorkflow(deletePartnerWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deletePartnerStep(input.id))
})
