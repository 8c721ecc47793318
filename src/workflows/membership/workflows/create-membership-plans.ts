import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MEMBERSHIP_MODULE, type CreateMembershipPlanInput } from "../../../modules/membership"
import { createMembershipPlansStep } from "../steps/create-membership-plans"
import { ensurePlanProductTypeStep } from "../steps/ensure-plan-product-type"
import { validatePlanPricesStep } from "../steps/validate-plan-prices"
import { newPlanRow } from "../utils/plan-input"
import { planProduct } from "../utils/plan-product"

export type CreateMembershipPlansWorkflowInput = {
  plans: CreateMembershipPlanInput[]
}

export const createMembershipPlansWorkflowId = "create-membership-plans"

/**
 * Creates membership plans and, for each, the product variant that sells it (a product of the
 * plan product type, published in the store's default sales channel), linked to the plan.
 * Rolled back as a whole, except the product type (see ensure-plan-product-type).
 *
 * @example
 * const { result } = await createMembershipPlansWorkflow(container).run({
 *   input: {
 *     plans: [
 *       {
 *         name: "Gold",
 *         interval: "year",
 *         trial_days: 14,
 *         refund_policy: "prorated",
 *         prices: [{ currency_code: "eur", amount: 99 }],
 *       },
 *     ],
 *   },
 * })
 */
export const createMembershipPlansWorkflow = createWorkflow(
  createMembershipPlansWorkflowId,
  (input: CreateMembershipPlansWorkflowInput) => {
    validatePlanPricesStep(input.plans)
    const plans = createMembershipPlansStep(transform({ input }, ({ input }) => input.plans.map(newPlanRow)))

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "get-store" })

    const typeId = ensurePlanProductTypeStep()

    const products = transform({ plans, input, stores, typeId }, ({ plans, input, stores, typeId }) =>
      plans.map((plan, index) =>
        planProduct(plan, input.plans[index].prices, stores[0]?.default_sales_channel_id ?? null, typeId)
      )
    )
    const createdProducts = createProductsWorkflow.runAsStep({ input: { products } })

    const links = transform({ plans, createdProducts }, ({ plans, createdProducts }) =>
      plans.map((plan, index) => ({
        [MEMBERSHIP_MODULE]: { membership_plan_id: plan.id },
        [Modules.PRODUCT]: { product_variant_id: createdProducts[index].variants[0].id },
      }))
    )
    createRemoteLinkStep(links)

    return new WorkflowResponse(plans)
  }
)
