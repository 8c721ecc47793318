import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type MallItemFields } from "../utils/mall-item-fields"
import { updatePointsMallItemStep } from "../steps/update-points-mall-item"

export const updatePointsMallItemWorkflowId = "update-points-mall-item"

/**
 * Updates a points mall item (its kind stays), checked as it will be after the change. A
 * rollback writes the previous values back.
 *
 * @example
 * const { result } = await updatePointsMallItemWorkflow(container).run({ input: { id: "pmitem_123", points_price: 450, stock: 50 } })
 */
export const updatePointsMallItemWorkflow = createWorkflow(
  updatePointsMallItemWorkflowId,
  (input: MallItemFields & { id: string }) => new WorkflowResponse(updatePointsMallItemStep(input))
)
