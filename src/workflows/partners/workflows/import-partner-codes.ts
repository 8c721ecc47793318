import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importPartnerCodesStep, type ImportPartnerCodesInput } from "../steps/import-partner-codes"

export const importPartnerCodesWorkflowId = "import-partner-codes"

/**
 * Imports a CSV of codes into a pool benefit's pool (in one transaction) and answers with the
 * import's report. A rollback deletes the import's codes not claimed yet, and its row.
 *
 * @example
 * const { result } = await importPartnerCodesWorkflow(container).run({
 *   input: {
 *     partner_id: "ptnr_123",
 *     benefit_id: "mbnft_123",
 *     csv: "code,expires_at\nCINE-7QK2-M9PD,2026-12-31\nCINE-X4TR-2LWB,2026-12-31",
 *     filename: "cinecity-march.csv",
 *   },
 * })
 */
export const importPartnerCodesWorkflow = createWorkflow(importPartnerCodesWorkflowId, (input: ImportPartnerCodesInput) => {
  return new WorkflowResponse(importPartnerCodesStep(input))
})
