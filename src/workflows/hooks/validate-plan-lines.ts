import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CartLine, planLinesProblem } from "../../modules/membership/utils/plan-lines"
import { plansByVariant } from "../utils/plans-by-variant"

type CartForCheck = {
  customer?: { has_account?: boolean | null } | null
  items?: ({ id: string } & CartLine)[] | null
}

/** The cart's lines and whether its customer has an account (the hooks' own cart data has neither). */
async function cartForCheck(container: MedusaContainer, cartId: string): Promise<CartForCheck> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer.has_account", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  return (data[0] ?? {}) as CartForCheck
}

/** Refuses, with a 400, cart lines that cannot buy a membership (see `planLinesProblem`). */
async function assertPlanLines(container: MedusaContainer, lines: CartLine[], hasAccount: boolean) {
  const plans = await plansByVariant(container, lines.map((line) => line.variant_id))
  const problem = planLinesProblem(lines, plans, hasAccount)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForCheck(container, input.cart_id)
  const added = (input.items ?? []) as CartLine[]
  await assertPlanLines(container, [...(cart.items ?? []), ...added], Boolean(cart.customer?.has_account))
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForCheck(container, input.cart_id)
  const lines = (cart.items ?? []).map((item) =>
    item.id === input.item_id && input.update.quantity !== undefined
      ? { ...item, quantity: Number(input.update.quantity) }
      : item
  )
  await assertPlanLines(container, lines, Boolean(cart.customer?.has_account))
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const lines = (input.items ?? []) as CartLine[]
  if (!lines.length) {
    return
  }
  const customer = input.customer_id
    ? await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id, { select: ["has_account"] })
    : null
  await assertPlanLines(container, lines, Boolean(customer?.has_account))
})

completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForCheck(container, input.id)
  await assertPlanLines(container, cart.items ?? [], Boolean(cart.customer?.has_account))
})
