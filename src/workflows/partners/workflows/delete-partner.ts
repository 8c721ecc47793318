import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePartnerStep } from "../steps/delete-partner"

export const deletePartnerWorkflowId = "delete-partner"

/**
 * Deletes (softly) a partner no benefit names any more; its API keys stop working with it. A
 * partner that still has benefits is refused. A rollback restores it.
 *
 * @example
 * const { result } = await deletePartnerWorkflow(container).run({ input: { id: "ptnr_123" } })
 */
export const deletePartnerWorkflow = createWorkflow(deletePartnerWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deletePartnerStep(input.id))
})
