import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { type PointsMallLineInput } from "../utils/mall-line-input"
import { preparePointsMallLineRemovalStep } from "../steps/prepare-points-mall-line-removal"

export const removePointsMallLineWorkflowId = "remove-points-mall-line"

/** Removes a points mall line from the shopper's own cart (Medusa's `deleteLineItemsWorkflow`). */
export const removePointsMallLineWorkflow = createWorkflow(removePointsMallLineWorkflowId, (input: PointsMallLineInput & { line_id: string }) => {
  const removal = preparePointsMallLineRemovalStep(input)
  deleteLineItemsWorkflow.runAsStep({ input: removal })
  return new WorkflowResponse(removal)
})
