import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lineVariantIds, type WithVariant } from "../utils/shopper-pricing-context"

/** The variants of a cart's lines (the add-to-cart hook's cart has no items). */
export async function cartVariantIds(container: MedusaContainer, cartId: string): Promise<(string | null | undefined)[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.variant_id"], filters: { id: cartId } })
  return lineVariantIds((data[0] as { items?: WithVariant[] | null } | undefined)?.items)
}
