import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoredPrice } from "../../../modules/membership"

/** A variant's price set and every price in it (regular, rule-based, price lists), with their rules. */
export const VARIANT_PRICE_FIELDS = [
  "price_set.id",
  "price_set.prices.id",
  "price_set.prices.amount",
  "price_set.prices.currency_code",
  "price_set.prices.price_list_id",
  "price_set.prices.price_rules.attribute",
  "price_set.prices.price_rules.value",
]

export type VariantWithPrices = {
  id: string
  price_set?: { id: string; prices?: StoredPrice[] | null } | null
}

/** The variants' price sets with their prices, by variant id. */
export async function variantsWithPrices(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[]
): Promise<Map<string, VariantWithPrices>> {
  const ids = [...new Set(variantIds.filter((id): id is string => Boolean(id)))]
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", ...VARIANT_PRICE_FIELDS], filters: { id: ids } })
  return new Map((data as unknown as VariantWithPrices[]).map((variant) => [variant.id, variant]))
}
