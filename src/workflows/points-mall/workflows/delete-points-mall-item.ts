import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePointsMallItemStep } from "../steps/delete-points-mall-item"

export const deletePointsMallItemWorkflowId = "delete-points-mall-item"

/**
 * Deletes (softly) a points mall item; its redemptions stay. A rollback restores it.
 *
 * @example
 * const { result } = await deletePointsMallItemWorkflow(container).run({ input: { id: "pmitem_123" } })
 */
export const deletePointsMallItemWorkflow = createWorkflow(deletePointsMallItemWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deletePointsMallItemStep(input.id))
})
