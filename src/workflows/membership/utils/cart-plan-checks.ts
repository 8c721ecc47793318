import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type CartLine, planLinesProblem, TRIAL_ATTRIBUTE } from "../../../modules/membership"
import { shopperPricingContext } from "../../benefits/queries/shopper-pricing-context"
import { plansByVariant } from "./plans-by-variant"

type PlansByVariant = Awaited<ReturnType<typeof plansByVariant>>

export type CartForCheck = {
  customer?: { id: string; has_account?: boolean | null } | null
  items?: ({ id: string; unit_price?: number | string; quantity: number | string; metadata?: Record<string, unknown> | null } & CartLine)[] | null
}

/** The cart's lines and whether its customer has an account (the hooks' own cart data has neither). */
export async function cartForCheck(container: MedusaContainer, cartId: string): Promise<CartForCheck> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer.id", "customer.has_account", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"],
    filters: { id: cartId },
  })
  return (data[0] ?? {}) as CartForCheck
}

/**
 * Refuses, with a 400, cart lines that cannot buy a membership: see `planLinesProblem`; and a
 * member who already bought the plan that follows their current period cannot buy another.
 */
export async function assertPlanLines(container: MedusaContainer, lines: CartLine[], hasAccount: boolean, customerId?: string | null) {
  const plans = await plansByVariant(container, lines.map((line) => line.variant_id))
  const problem = planLinesProblem(lines, plans, hasAccount)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  const buysPlan = lines.some((line) => line.variant_id && plans.has(line.variant_id))
  if (buysPlan && customerId) {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [scheduled] = await membership.listMemberships(
      { customer_id: customerId, next_plan_id: { $ne: null }, status: ["trialing", "active", "past_due", "canceled"] },
      { select: ["id"] }
    )
    if (scheduled) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "You already bought the plan that follows your current period; buy again once it has started."
      )
    }
  }
  return plans
}

/**
 * At completion the cart is not re-priced, so a plan line still at its free-trial price must
 * belong to a shopper who may still start a trial (e.g. not one who started it in another cart).
 */
export async function assertTrialStillAllowed(container: MedusaContainer, cart: CartForCheck, plans: PlansByVariant) {
  const trialLines = (cart.items ?? []).filter((item) => Number(item.unit_price) === 0)
  const trialPlan = trialLines.map((line) => plans.get(line.variant_id ?? "")).find((plan) => plan && plan.trial_days > 0)
  if (trialPlan && !(TRIAL_ATTRIBUTE in (await shopperPricingContext(container, cart.customer?.id)))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The free trial of "${trialPlan.name}" has been used already: remove the plan and add it again for its current price.`
    )
  }
}
