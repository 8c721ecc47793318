import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PointsMallLineInput, shoppersOpenCart } from "../utils/mall-line-input"
import { loadCartMallLines } from "../queries/cart-mall-lines"

export const preparePointsMallLineRemovalStepId = "prepare-points-mall-line-removal"

/** Checks that a line of the shopper's own open cart is a points mall line; answers its id. */
export const preparePointsMallLineRemovalStep = createStep(
  preparePointsMallLineRemovalStepId,
  async (input: PointsMallLineInput & { line_id: string }, { container }) => {
    const cart = shoppersOpenCart(await loadCartMallLines(container, input.cart_id), input)
    if (!cart.mall_lines.some((line) => line.id === input.line_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Points mall line ${input.line_id} was not found in this cart`)
    }
    return new StepResponse({ cart_id: cart.id, ids: [input.line_id] })
  }
)
