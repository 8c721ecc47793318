import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPartnerApiKeyStep } from "../steps/create-partner-api-key"

export const createPartnerApiKeyWorkflowId = "create-partner-api-key"

/** A new API key: `{ api_key, key }`, the full `key` returned this once only. */
export const createPartnerApiKeyWorkflow = createWorkflow(
  createPartnerApiKeyWorkflowId,
  (input: { partner_id: string; name: string; created_by?: string | null }) => {
    return new WorkflowResponse(createPartnerApiKeyStep(input))
  }
)
