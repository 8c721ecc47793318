import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CartLineRow, type CartMallLine, cartMallLines } from "../../../modules/points"

export type CartWithMallLines = { id: string; customer_id: string | null; currency_code: string; completed_at: Date | string | null; mall_lines: CartMallLine[] }

export async function loadCartMallLines(container: MedusaContainer, cartId: string): Promise<CartWithMallLines | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "currency_code", "completed_at", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"],
    filters: { id: cartId },
  })
  const cart = data[0] as (Omit<CartWithMallLines, "mall_lines"> & { items?: CartLineRow[] | null }) | undefined
  return cart
    ? { id: cart.id, customer_id: cart.customer_id, currency_code: cart.currency_code, completed_at: cart.completed_at, mall_lines: cartMallLines(cart.items) }
    : null
}
