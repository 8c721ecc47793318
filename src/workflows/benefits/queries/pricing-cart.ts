import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRICING_CART_FIELDS, type PricingCart } from "../utils/cart-line-prices"

/** The cart as Medusa prices it: the fields its pricing context is built from, and its lines. */
export async function pricingCart(container: MedusaContainer, cartId: string): Promise<PricingCart | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: PRICING_CART_FIELDS, filters: { id: cartId } })
  return data[0] as unknown as PricingCart | undefined
}
