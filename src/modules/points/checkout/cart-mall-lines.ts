/** A line of a shopper's cart bought from the points mall, paid at checkout (points now, cash with the cart). */
export type CartMallLine = { id: string; item_id: string; variant_id: string | null; points_price: number; quantity: number; unit_price: number }

export type CartLineRow = { id: string; variant_id?: string | null; quantity: number | string; unit_price?: number | string; metadata?: Record<string, unknown> | null }

/**
 * A cart line the points mall route added (metadata `points_mall_item_id`, `points_price`). The
 * line of an order a direct redemption placed also names its redemption: it is paid already.
 */
export const isCartMallLine = (line: Pick<CartLineRow, "metadata">) =>
  typeof line.metadata?.points_mall_item_id === "string" && !line.metadata?.points_redemption_id

export const cartMallLines = (items: (CartLineRow | null)[] | null | undefined): CartMallLine[] =>
  (items ?? [])
    .filter((line): line is CartLineRow => Boolean(line) && isCartMallLine(line!))
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
