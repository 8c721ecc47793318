import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokePartnerApiKeyStep } from "../steps/revoke-partner-api-key"

export const revokePartnerApiKeyWorkflowId = "revoke-partner-api-key"

export const revokePartnerApiKeyWorkflow = createWorkflow(revokePartnerApiKeyWorkflowId, (input: { partner_id: string; id: string }) => {
  return new WorkflowResponse(revokePartnerApiKeyStep(input))
})
