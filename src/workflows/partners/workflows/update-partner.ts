import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type PartnerFields } from "../utils/partner-fields"
import { updatePartnerStep } from "../steps/update-partner"

export const updatePartnerWorkflowId = "update-partner"

export const updatePartnerWorkflow = createWorkflow(updatePartnerWorkflowId, (input: PartnerFields & { id: string }) => {
  return new WorkflowResponse(updatePartnerStep(input))
})
