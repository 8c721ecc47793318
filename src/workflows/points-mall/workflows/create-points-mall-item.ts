import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MallItemLike } from "../../../modules/points"
import { createPointsMallItemStep } from "../steps/create-points-mall-item"
import { type MallItemFields } from "../utils/mall-item-fields"

export const createPointsMallItemWorkflowId = "create-points-mall-item"

export const createPointsMallItemWorkflow = createWorkflow(
  createPointsMallItemWorkflowId,
  (input: MallItemFields & { name: string; kind: MallItemLike["kind"]; points_price: number }) =>
    new WorkflowResponse(createPointsMallItemStep(input))
)
