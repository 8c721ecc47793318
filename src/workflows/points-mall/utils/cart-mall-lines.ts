import { type CartLineRow, type CartMallLine, cartMallLines } from "../../../modules/points"

export type CartWithMallLines = { id: string; customer_id: string | null; currency_code: string; completed_at: Date | string | null; mall_lines: CartMallLine[] }

/** The cart fields read with its mall lines. */
export const CART_MALL_LINES_FIELDS = ["id", "customer_id", "currency_code", "completed_at", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"]

export type CartWithLineRows = Omit<CartWithMallLines, "mall_lines"> & { items?: CartLineRow[] | null }

/** The cart with its mall lines in place of its lines. */
export const withMallLines = (cart: CartWithLineRows): CartWithMallLines => ({
  id: cart.id,
  customer_id: cart.customer_id,
  currency_code: cart.currency_code,
  completed_at: cart.completed_at,
  mall_lines: cartMallLines(cart.items),
})
