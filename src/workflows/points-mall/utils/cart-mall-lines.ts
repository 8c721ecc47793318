import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A line of a shopper's cart bought from the points mall, paid at checkout (points now, cash with the cart). */
export type CartMallLine = { id: string; item_id: string; variant_id: string | null; points_price: number; quantity: number; unit_price: number }

type LineRow = { id: string; variant_id?: string | null; quantity: number | string; unit_price?: number | string; metadata?: Record<string, unknown> | null }

/**
 * A cart line the points mall route added (metadata `points_mall_item_id`, `points_price`). The
 * line of an order a direct redemption placed also names its redemption: it is paid already.
 */
export const isCartMallLine = (line: Pick<LineRow, "metadata">) =>
  typeof line.metadata?.points_mall_item_id === "string" && !line.metadata?.points_redemption_id

export const cartMallLines = (items: (LineRow | null)[] | null | undefined): CartMallLine[] =>
  (items ?? [])
    .filter((line): line is LineRow => Boolean(line) && isCartMallLine(line!))
    .map((line) => ({
      id: line.id,
      item_id: line.metadata!.points_mall_item_id as string,
      variant_id: line.variant_id ?? null,
      points_price: Number(line.metadata!.points_price),
      quantity: Number(line.quantity),
      unit_price: Number(line.unit_price),
    }))

/** The points the cart's mall lines will take at checkout. */
export const mallPointsOf = (lines: CartMallLine[]) => lines.reduce((sum, line) => sum + line.points_price * line.quantity, 0)

export type CartWithMallLines = { id: string; customer_id: string | null; currency_code: string; completed_at: Date | string | null; mall_lines: CartMallLine[] }

export async function loadCartMallLines(container: MedusaContainer, cartId: string): Promise<CartWithMallLines | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "currency_code", "completed_at", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"],
    filters: { id: cartId },
  })
  const cart = data[0] as (Omit<CartWithMallLines, "mall_lines"> & { items?: LineRow[] | null }) | undefined
  return cart
    ? { id: cart.id, customer_id: cart.customer_id, currency_code: cart.currency_code, completed_at: cart.completed_at, mall_lines: cartMallLines(cart.items) }
    : null
}
