import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CART_MALL_LINES_FIELDS, type CartWithLineRows, type CartWithMallLines, withMallLines } from "../utils/cart-mall-lines"

/** A cart with its points mall lines, or null when there is no such cart. */
export async function loadCartMallLines(container: MedusaContainer, cartId: string): Promise<CartWithMallLines | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_MALL_LINES_FIELDS, filters: { id: cartId } })
  const cart = data[0] as CartWithLineRows | undefined
  return cart ? withMallLines(cart) : null
}
