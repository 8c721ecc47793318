import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lineVariantIds, type WithVariant } from "../utils/shopper-pricing-context"

export type CartShopper = { customer_id: string | null; variant_ids: (string | null | undefined)[] }

/** Who a cart's shopper is and what its lines buy: what their pricing context is built from. */
export async function cartShopper(container: MedusaContainer, cartId: string): Promise<CartShopper> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "items.variant_id"], filters: { id: cartId } })
  const cart = data[0] as { customer_id?: string | null; items?: WithVariant[] | null } | undefined
  return { customer_id: cart?.customer_id ?? null, variant_ids: lineVariantIds(cart?.items) }
}
