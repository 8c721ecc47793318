import type { MedusaContainer } from "@medusajs/framework/types"
import { type PricedLine, savingsOfLines, variantIdsOfLines } from "../utils/member-price-savings"
import { regularPrices } from "./regular-prices"
import { variantsWithPrices } from "./variant-prices"

/**
 * What member prices saved on these lines, by member-price benefit: for each line sold at one
 * of its variant's member prices, the regular price (what the customer's region and groups pay
 * without membership) less that price, times the quantity. Lines at any other price saved nothing.
 * When several benefits have that price, the saving goes to one of `held` (the shopper's).
 */
export async function memberPriceSavings(
  container: MedusaContainer,
  context: { currency_code: string; region_id?: string | null; customer_id?: string | null },
  lines: PricedLine[],
  held: Set<string> = new Set()
): Promise<Map<string, number>> {
  const variantIds = variantIdsOfLines(lines)
  if (!variantIds.length) {
    return new Map()
  }
  const variants = await variantsWithPrices(container, variantIds)
  const regular = await regularPrices(container, context, [...variants.values()])
  return savingsOfLines(context.currency_code, lines, variants, regular, held)
}
