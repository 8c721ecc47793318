import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { type PointsMallLineInput } from "../utils/mall-line-input"
import { preparePointsMallLineRemovalStep } from "../steps/prepare-points-mall-line-removal"

export const removePointsMallLineWorkflowId = "remove-points-mall-line"

/**
 * Removes a points mall line from the shopper's own open cart (Medusa's `deleteLineItemsWorkflow`,
 * which holds the cart's lock); a line that is not one of its mall lines is a 404.
 *
 * @example
 * const { result } = await removePointsMallLineWorkflow(container).run({
 *   input: { cart_id: "cart_123", customer_id: "cus_123", line_id: "cali_123" },
 * })
 */
export const removePointsMallLineWorkflow = createWorkflow(removePointsMallLineWorkflowId, (input: PointsMallLineInput & { line_id: string }) => {
  const removal = preparePointsMallLineRemovalStep(input)
  deleteLineItemsWorkflow.runAsStep({ input: removal })
  return new WorkflowResponse(removal)
})
