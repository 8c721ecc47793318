import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import type { CartLine } from "../../modules/membership"
import { assertPlanLines } from "../membership/queries/assert-plan-lines"
import { cartForCheck } from "../membership/queries/cart-for-check"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof addToCartWorkflow.hooks.validate>

/** Refuses plan lines a cart cannot hold (see `planLinesProblem`). */
export const membershipAddToCartValidate: HookHandlers[0] = async ({ input }, { container, eventGroupId }) => {
  const cart = await cartForCheck(container, input.cart_id)
  const added = (input.items ?? []) as CartLine[]
  await assertPlanLines(container, [...(cart.items ?? []), ...added], Boolean(cart.customer?.has_account), cart.customer?.id, eventGroupId)
}

if (!storeTakesHook("addToCart.validate")) {
  addToCartWorkflow.hooks.validate(membershipAddToCartValidate)
}
