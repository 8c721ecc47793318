import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow, removeRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MEMBERSHIP_MODULE } from "../../../modules/membership"
import { deleteMembershipPlanStep } from "../steps/delete-membership-plan"

export const deleteMembershipPlanWorkflowId = "delete-membership-plan"

/**
 * Deletes a never-bought plan with the product that sold it; a plan anyone ever held is refused
 * (archive it instead). If a step fails, the plan, its link and its product are restored.
 *
 * @example
 * const { result } = await deleteMembershipPlanWorkflow(container).run({ input: { id: "mplan_123" } })
 */
export const deleteMembershipPlanWorkflow = createWorkflow(deleteMembershipPlanWorkflowId, (input: { id: string }) => {
  const { data: plans } = useQueryGraphStep({
    entity: "membership_plan",
    fields: ["id", "product_variant.product_id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-plan" })

  const id = deleteMembershipPlanStep(input.id)
  removeRemoteLinkStep({ [MEMBERSHIP_MODULE]: { membership_plan_id: input.id } })
  deleteProductsWorkflow.runAsStep({
    input: transform({ plans }, ({ plans }) => ({
      ids: [(plans[0] as { product_variant?: { product_id: string } | null }).product_variant?.product_id].filter(
        (productId): productId is string => Boolean(productId)
      ),
    })),
  })
  return new WorkflowResponse(id)
})
