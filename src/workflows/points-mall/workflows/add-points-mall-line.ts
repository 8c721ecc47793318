import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { type PointsMallLineInput } from "../utils/mall-line-input"
import { preparePointsMallLineStep } from "../steps/prepare-points-mall-line"

export const addPointsMallLineWorkflowId = "add-points-mall-line"

/**
 * Adds a points mall item to the shopper's own cart as a line of its variant at the item's cash
 * price (Medusa keeps a custom price on refresh). Nothing is taken now: completion redeems the
 * line (points, stock, limit) together with the cart's points, and the cash and shipping are
 * paid with the cart. Medusa's `addToCartWorkflow` holds the cart's lock while it adds.
 *
 * @example
 * const { result } = await addPointsMallLineWorkflow(container).run({
 *   input: { cart_id: "cart_123", customer_id: "cus_123", item_id: "pmitem_123" },
 * })
 */
export const addPointsMallLineWorkflow = createWorkflow(addPointsMallLineWorkflowId, (input: PointsMallLineInput & { item_id: string }) => {
  const line = preparePointsMallLineStep(input)
  addToCartWorkflow.runAsStep({ input: line })
  return new WorkflowResponse(line)
})
