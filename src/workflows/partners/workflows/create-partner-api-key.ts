import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPartnerApiKeyStep } from "../steps/create-partner-api-key"

export const createPartnerApiKeyWorkflowId = "create-partner-api-key"

/**
 * Creates an API key for an existing partner: `{ api_key, key }`, the full `key` returned this
 * once only. A rollback deletes the key (nobody has seen it).
 *
 * @example
 * const { result } = await createPartnerApiKeyWorkflow(container).run({
 *   input: { partner_id: "ptnr_123", name: "Production", created_by: "user_123" },
 * })
 */
export const createPartnerApiKeyWorkflow = createWorkflow(
  createPartnerApiKeyWorkflowId,
  (input: { partner_id: string; name: string; created_by?: string | null }) => {
    return new WorkflowResponse(createPartnerApiKeyStep(input))
  }
)
