import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type UpdateMembershipPlanInput, fromVariantPrices, toVariantPrices } from "../../../modules/membership"
import { ensurePlanProductTypeStep } from "../steps/ensure-plan-product-type"
import { updateMembershipPlanStep } from "../steps/update-membership-plan"
import { validatePlanPricesStep } from "../steps/validate-plan-prices"
import { planRowUpdate } from "../utils/plan-input"
import { productStatusOf } from "../utils/plan-product"

export const updateMembershipPlanWorkflowId = "update-membership-plan"

/**
 * Updates a plan and keeps the product that sells it in step: title, description, status
 * (archived plans are unpublished), the plan product type (also given to plan products made
 * before there was one) and prices (including the trial's zero price). If a step fails, the plan
 * and its product are put back as they were (the product type is kept).
 *
 * @example
 * const { result } = await updateMembershipPlanWorkflow(container).run({
 *   input: { id: "mplan_123", name: "Gold", prices: [{ currency_code: "eur", amount: 109 }] },
 * })
 */
export const updateMembershipPlanWorkflow = createWorkflow(
  updateMembershipPlanWorkflowId,
  (input: UpdateMembershipPlanInput) => {
    const { data: found } = useQueryGraphStep({
      entity: "membership_plan",
      fields: [
        "id",
        "trial_days",
        "product_variant.id",
        "product_variant.product_id",
        "product_variant.prices.*",
        "product_variant.prices.price_rules.*",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-plan" })

    validatePlanPricesStep(transform({ input }, ({ input }) => [input]))
    // Every plan is created with its variant (create-membership-plans), in one workflow.
    const current = transform({ found }, ({ found }) =>
      found[0] as unknown as {
        trial_days: number
        product_variant: { id: string; product_id: string; prices?: Parameters<typeof fromVariantPrices>[0] }
      }
    )

    const plan = updateMembershipPlanStep(transform({ input }, ({ input }) => planRowUpdate(input)))
    const typeId = ensurePlanProductTypeStep()

    updateProductsWorkflow.runAsStep({
      input: transform({ plan, current, typeId }, ({ plan, current, typeId }) => ({
        selector: { id: current.product_variant.product_id },
        update: {
          title: plan.name,
          description: plan.description ?? undefined,
          status: productStatusOf(plan.status),
          type_id: typeId,
        },
      })),
    })

    const repriced = transform({ input, current }, ({ input, current }) =>
      Boolean(input.prices) || (input.trial_days !== undefined && input.trial_days !== current.trial_days)
    )
    when("reprice-plan-variant", { repriced }, ({ repriced }) => repriced).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input, plan, current }, ({ input, plan, current }) => ({
          selector: { id: current.product_variant.id },
          update: {
            title: plan.name,
            prices: toVariantPrices(
              input.prices ?? fromVariantPrices(current.product_variant.prices ?? []),
              plan.trial_days
            ),
          },
        })) as never,
      })
    })

    return new WorkflowResponse(plan)
  }
)
