import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { TRIAL_ATTRIBUTE } from "../../../modules/membership"
import { shopperPricingContext } from "../../benefits/queries/shopper-pricing-context"

/**
 * What the next charge will cost: the price of the plan renewed (the next plan when one is
 * scheduled) for this customer, in the membership's currency. Renewals never get a trial price.
 */
export async function renewalPrice(
  container: MedusaContainer,
  membership: { customer_id: string; plan_id: string; next_plan_id?: string | null; currency_code?: string | null }
): Promise<{ amount: number; currency_code: string } | null> {
  if (!membership.currency_code) {
    return null
  }
  const context = await shopperPricingContext(container, membership.customer_id)
  delete context[TRIAL_ATTRIBUTE]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "membership_plan",
    fields: ["id", "product_variant.calculated_price.*"],
    filters: { id: membership.next_plan_id ?? membership.plan_id },
    context: {
      product_variant: { calculated_price: QueryContext({ currency_code: membership.currency_code, ...context }) },
    },
  })
  const price = (data[0] as { product_variant?: { calculated_price?: { calculated_amount: number | null } } } | undefined)
    ?.product_variant?.calculated_price
  return price?.calculated_amount == null ? null : { amount: price.calculated_amount, currency_code: membership.currency_code }
}
