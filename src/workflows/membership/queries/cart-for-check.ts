import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CartForCheck } from "../utils/cart-plan-checks"

/** The cart's lines and whether its customer has an account (the hooks' own cart data has neither). */
export async function cartForCheck(container: MedusaContainer, cartId: string): Promise<CartForCheck> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer.id", "customer.has_account", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"],
    filters: { id: cartId },
  })
  return (data[0] ?? {}) as CartForCheck
}
