import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { UpdateMembershipPlanInput } from "../modules/membership/types"
import { fromVariantPrices, missingBasePriceCurrencies, toVariantPrices } from "../modules/membership/utils/plan-prices"
import { updateMembershipPlanStep } from "./steps/update-membership-plan"
import { planRowUpdate } from "./utils/plan-input"
import { productStatusOf } from "./utils/plan-product"

export const updateMembershipPlanWorkflowId = "update-membership-plan"

/**
 * Updates a plan and keeps the product that sells it in step: title, description, status
 * (archived plans are unpublished) and prices (including the trial's zero price).
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

    const current = transform({ found, input }, ({ found, input }) => {
      const plan = found[0] as unknown as {
        trial_days: number
        product_variant?: { id: string; product_id: string; prices?: Parameters<typeof fromVariantPrices>[0] }
      }
      if (!plan.product_variant) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Plan ${input.id} has no product variant`)
      }
      if (input.prices) {
        const missing = missingBasePriceCurrencies(input.prices)
        if (!input.prices.length || missing.length) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `A plan needs a price without a tier condition in ${missing.join(", ") || "at least one currency"}`
          )
        }
      }
      return plan as typeof plan & { product_variant: NonNullable<typeof plan.product_variant> }
    })

    const plan = updateMembershipPlanStep(transform({ input }, ({ input }) => planRowUpdate(input)))

    updateProductsWorkflow.runAsStep({
      input: transform({ plan, current }, ({ plan, current }) => ({
        selector: { id: current.product_variant.product_id },
        update: { title: plan.name, description: plan.description ?? undefined, status: productStatusOf(plan.status) },
      })),
    })

    const repriced = transform({ input, current }, ({ input, current }) =>
      Boolean(input.prices) || (input.trial_days !== undefined && input.trial_days !== current.trial_days)
    )
    when({ repriced }, ({ repriced }) => repriced).then(() => {
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
