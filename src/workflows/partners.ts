import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importPartnerCodesStep, type ImportPartnerCodesInput } from "./steps/import-partner-codes"
import { createPartnerApiKeyStep, revokePartnerApiKeyStep } from "./steps/partner-api-keys"
import { createPartnerStep, deletePartnerStep, type PartnerFields, updatePartnerStep } from "./steps/save-partner"

export const createPartnerWorkflow = createWorkflow("create-partner", (input: PartnerFields & { name: string }) => {
  return new WorkflowResponse(createPartnerStep(input))
})

export const updatePartnerWorkflow = createWorkflow("update-partner", (input: PartnerFields & { id: string }) => {
  return new WorkflowResponse(updatePartnerStep(input))
})

/** Deletes a partner no benefit names any more. */
export const deletePartnerWorkflow = createWorkflow("delete-partner", (input: { id: string }) => {
  return new WorkflowResponse(deletePartnerStep(input.id))
})

/** A new API key: `{ api_key, key }`, the full `key` returned this once only. */
export const createPartnerApiKeyWorkflow = createWorkflow(
  "create-partner-api-key",
  (input: { partner_id: string; name: string; created_by?: string | null }) => {
    return new WorkflowResponse(createPartnerApiKeyStep(input))
  }
)

export const revokePartnerApiKeyWorkflow = createWorkflow("revoke-partner-api-key", (input: { partner_id: string; id: string }) => {
  return new WorkflowResponse(revokePartnerApiKeyStep(input))
})

/** Imports a CSV of codes into a pool benefit's pool and answers with the import's report. */
export const importPartnerCodesWorkflow = createWorkflow("import-partner-codes", (input: ImportPartnerCodesInput) => {
  return new WorkflowResponse(importPartnerCodesStep(input))
})
