import { ProductStatus } from "@medusajs/framework/utils"
import { type PlanPriceInput, toVariantPrices } from "../../../modules/membership"

type PlanForProduct = {
  id: string
  name: string
  handle: string
  description: string | null
  status: string
  trial_days: number
}

export const PLAN_OPTION = "Membership"
export const PLAN_OPTION_VALUE = "Plan"
/**
 * The value of the product type the plugin gives every plan's product, so storefronts and
 * Medusa's `GET /store/products` (which leaves it out unless asked) can tell plans from goods.
 */
export const PLAN_PRODUCT_TYPE = "Membership plan"

/**
 * The product that sells a plan: of the plan product type, one variant, no inventory, no
 * shipping profile (so it needs no shipping), published only while the plan is active. Not
 * discountable, so the discount a plan grants never applies to buying the plan itself (a
 * merchant may switch it on for codes).
 */
export function planProduct(
  plan: PlanForProduct,
  prices: PlanPriceInput[],
  salesChannelId: string | null,
  typeId: string
) {
  return {
    title: plan.name,
    handle: `membership-${plan.handle}`,
    description: plan.description ?? undefined,
    status: productStatusOf(plan.status),
    discountable: false,
    type_id: typeId,
    metadata: { membership_plan_id: plan.id },
    options: [{ title: PLAN_OPTION, values: [PLAN_OPTION_VALUE] }],
    sales_channels: salesChannelId ? [{ id: salesChannelId }] : [],
    variants: [
      {
        title: plan.name,
        manage_inventory: false,
        options: { [PLAN_OPTION]: PLAN_OPTION_VALUE },
        prices: toVariantPrices(prices, plan.trial_days),
        metadata: { membership_plan_id: plan.id },
      },
    ],
  }
}

export function productStatusOf(planStatus: string) {
  return planStatus === "active" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT
}
