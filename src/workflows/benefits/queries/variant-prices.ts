import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VARIANT_PRICE_FIELDS, type VariantWithPrices } from "../utils/variant-prices"

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
