import { MedusaError } from "@medusajs/framework/utils"
import type { CartWithMallLines } from "./cart-mall-lines"

export type PointsMallLineInput = { cart_id: string; customer_id: string }

/** The shopper's own open cart (another's is a 404, as Medusa answers a cart it cannot find). */
export function shoppersOpenCart(cart: CartWithMallLines | null, input: PointsMallLineInput): CartWithMallLines {
  if (!cart || cart.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${input.cart_id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is already completed.")
  }
  return cart
}
