import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type PartnerFields } from "../utils/partner-fields"
import { updatePartnerStep } from "../steps/update-partner"

export const updatePartnerWorkflowId = "update-partner"

/**
 * Updates a partner's name, status (a suspended partner's keys stop working), contact or notes.
 * A rollback writes the previous values back.
 *
 * @example
 * const { result } = await updatePartnerWorkflow(container).run({ input: { id: "ptnr_123", status: "suspended" } })
 */
export const updatePartnerWorkflow = createWorkflow(updatePartnerWorkflowId, (input: PartnerFields & { id: string }) => {
  return new WorkflowResponse(updatePartnerStep(input))
})
