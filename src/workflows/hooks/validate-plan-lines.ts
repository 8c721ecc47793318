import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CartLine, planLinesProblem } from "../../modules/membership/utils/plan-lines"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { TRIAL_ATTRIBUTE } from "../../modules/membership/utils/plan-prices"
import { assertMemberPricesCurrent } from "../utils/member-prices-current"
import { plansByVariant } from "../utils/plans-by-variant"
import { assertMemberPromotionsCurrent, type CompletingCart } from "../utils/assert-member-promotions-current"
import type { CartRow } from "../utils/cart-points"
import { isCartMallLine } from "../utils/cart-mall-lines"
import { spendCheckoutPoints, undoCheckoutPointsSpend } from "../utils/checkout-points"

type PlansByVariant = Awaited<ReturnType<typeof plansByVariant>>
import { shopperPricingContext } from "../utils/shopper-pricing-context"

type CartForCheck = {
  customer?: { id: string; has_account?: boolean | null } | null
  items?: ({ id: string; unit_price?: number | string; quantity: number | string; metadata?: Record<string, unknown> | null } & CartLine)[] | null
}

/** The cart's lines and whether its customer has an account (the hooks' own cart data has neither). */
async function cartForCheck(container: MedusaContainer, cartId: string): Promise<CartForCheck> {
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
async function assertPlanLines(container: MedusaContainer, lines: CartLine[], hasAccount: boolean, customerId?: string | null) {
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
async function assertTrialStillAllowed(container: MedusaContainer, cart: CartForCheck, plans: PlansByVariant) {
  const trialLines = (cart.items ?? []).filter((item) => Number(item.unit_price) === 0)
  const trialPlan = trialLines.map((line) => plans.get(line.variant_id ?? "")).find((plan) => plan && plan.trial_days > 0)
  if (trialPlan && !(TRIAL_ATTRIBUTE in (await shopperPricingContext(container, cart.customer?.id)))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The free trial of "${trialPlan.name}" has been used already: remove the plan and add it again for its current price.`
    )
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForCheck(container, input.cart_id)
  const added = (input.items ?? []) as CartLine[]
  await assertPlanLines(container, [...(cart.items ?? []), ...added], Boolean(cart.customer?.has_account), cart.customer?.id)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForCheck(container, input.cart_id)
  const updated = cart.items?.find((item) => item.id === input.item_id)
  if (updated && isCartMallLine(updated)) {
    // One unit per line, and its metadata is what completion redeems.
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A points mall line cannot be changed: remove it (DELETE /store/carts/${input.cart_id}/points-mall-items/${updated.id}) and add the item again.`
    )
  }
  const lines = (cart.items ?? []).map((item) =>
    item.id === input.item_id && input.update.quantity !== undefined
      ? { ...item, quantity: Number(input.update.quantity) }
      : item
  )
  await assertPlanLines(container, lines, Boolean(cart.customer?.has_account), cart.customer?.id)
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const lines = (input.items ?? []) as CartLine[]
  if (!lines.length) {
    return
  }
  const customer = input.customer_id
    ? await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id, { select: ["has_account"] })
    : null
  await assertPlanLines(container, lines, Boolean(customer?.has_account), input.customer_id)
})

// Points are debited last, once every check has passed, against the cart data the order is built
// from (the points applied to the total and the points mall lines, together); the compensation
// gives them back if the completion fails after this hook (e.g. the payment is not authorized).
completeCartWorkflow.hooks.validate(
  async ({ input, cart: completing }, { container }) => {
    const cart = await cartForCheck(container, input.id)
    const plans = await assertPlanLines(container, cart.items ?? [], Boolean(cart.customer?.has_account), cart.customer?.id)
    await assertTrialStillAllowed(container, cart, plans)
    await assertMemberPromotionsCurrent(container, completing as unknown as CompletingCart)
    await assertMemberPricesCurrent(container, input.id)
    const spent = await spendCheckoutPoints(container, { ...(completing as unknown as CartRow), items: cart.items })
    return new StepResponse(undefined, spent)
  },
  async (spent, { container }) => {
    if (spent) {
      await undoCheckoutPointsSpend(container, spent)
    }
  }
)
