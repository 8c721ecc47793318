import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MallItemLike } from "../../../modules/points"
import { createPointsMallItemStep } from "../steps/create-points-mall-item"
import { type MallItemFields } from "../utils/mall-item-fields"

export const createPointsMallItemWorkflowId = "create-points-mall-item"

/**
 * Creates a points mall item (a variant, a coupon or a partner's code) after checking its kind's
 * fields, its window, and that its variant, tiers and partner benefit exist. A rollback deletes it.
 *
 * @example
 * const { result } = await createPointsMallItemWorkflow(container).run({
 *   input: {
 *     name: "€5 voucher",
 *     kind: "coupon",
 *     points_price: 500,
 *     coupon: { value_type: "fixed", value: 5, currency_code: "eur", valid_days: 30 },
 *     stock: 100,
 *     limit_per_member: 1,
 *     limit_period: "month",
 *   },
 * })
 */
export const createPointsMallItemWorkflow = createWorkflow(
  createPointsMallItemWorkflowId,
  (input: MallItemFields & { name: string; kind: MallItemLike["kind"]; points_price: number }) =>
    new WorkflowResponse(createPointsMallItemStep(input))
)
