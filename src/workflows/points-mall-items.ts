import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MallItemLike } from "../modules/points/mall/mall-rules"
import {
  createPointsMallItemStep,
  deletePointsMallItemStep,
  type MallItemFields,
  updatePointsMallItemStep,
} from "./steps/save-points-mall-item"

export const createPointsMallItemWorkflow = createWorkflow(
  "create-points-mall-item",
  (input: MallItemFields & { name: string; kind: MallItemLike["kind"]; points_price: number }) =>
    new WorkflowResponse(createPointsMallItemStep(input))
)

export const updatePointsMallItemWorkflow = createWorkflow(
  "update-points-mall-item",
  (input: MallItemFields & { id: string }) => new WorkflowResponse(updatePointsMallItemStep(input))
)

export const deletePointsMallItemWorkflow = createWorkflow("delete-points-mall-item", (input: { id: string }) => {
  return new WorkflowResponse(deletePointsMallItemStep(input.id))
})
