import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importPartnerCodesStep, type ImportPartnerCodesInput } from "../steps/import-partner-codes"

export const importPartnerCodesWorkflowId = "import-partner-codes"

/** Imports a CSV of codes into a pool benefit's pool and answers with the import's report. */
export const importPartnerCodesWorkflow = createWorkflow(importPartnerCodesWorkflowId, (input: ImportPartnerCodesInput) => {
  return new WorkflowResponse(importPartnerCodesStep(input))
})
