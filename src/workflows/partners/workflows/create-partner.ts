import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPartnerStep } from "../steps/create-partner"
import { type PartnerFields } from "../utils/partner-fields"

export const createPartnerWorkflowId = "create-partner"

export const createPartnerWorkflow = createWorkflow(createPartnerWorkflowId, (input: PartnerFields & { name: string }) => {
  return new WorkflowResponse(createPartnerStep(input))
})
