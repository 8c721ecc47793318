import { MedusaError } from "@medusajs/framework/utils"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertPlanLines } from "../membership/queries/assert-plan-lines"
import { cartForCheck } from "../membership/queries/cart-for-check"
import { isCartMallLine } from "../../modules/points"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof updateLineItemInCartWorkflow.hooks.validate>

/** Refuses changes to points mall lines and quantities a plan line cannot have. */
export const membershipUpdateLineItemInCartValidate: HookHandlers[0] = async ({ input }, { container, eventGroupId }) => {
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
  await assertPlanLines(container, lines, Boolean(cart.customer?.has_account), cart.customer?.id, eventGroupId)
}

if (!storeTakesHook("updateLineItemInCart.validate")) {
  updateLineItemInCartWorkflow.hooks.validate(membershipUpdateLineItemInCartValidate)
}
