import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokePartnerApiKeyStep } from "../steps/revoke-partner-api-key"

export const revokePartnerApiKeyWorkflowId = "revoke-partner-api-key"

/**
 * Revokes one of a partner's API keys (another partner's key is a 404); revoking it again
 * changes nothing. A rollback un-revokes a key this run revoked.
 *
 * @example
 * const { result } = await revokePartnerApiKeyWorkflow(container).run({ input: { partner_id: "ptnr_123", id: "ptkey_123" } })
 */
export const revokePartnerApiKeyWorkflow = createWorkflow(revokePartnerApiKeyWorkflowId, (input: { partner_id: string; id: string }) => {
  return new WorkflowResponse(revokePartnerApiKeyStep(input))
})
