import { memberPriceBenefitId } from "../../../modules/membership"
import type { VariantWithPrices } from "./variant-prices"

export type PricedLine = { variant_id?: string | null; quantity: number | string; unit_price: number | string }

/** The variants of these lines, each once. */
export const variantIdsOfLines = (lines: PricedLine[]) =>
  [...new Set(lines.map((line) => line.variant_id).filter((id): id is string => Boolean(id)))]

/**
 * What member prices saved on these lines, by member-price benefit, given their variants' prices
 * and each price set's regular price (`regular`): for each line sold at one of its variant's
 * member prices, the regular price less that price, times the quantity. Lines at any other price
 * saved nothing. When several benefits have that price, the saving goes to one of `held`.
 */
export function savingsOfLines(
  currencyCode: string,
  lines: PricedLine[],
  variants: Map<string, VariantWithPrices>,
  regular: Map<string, number>,
  held: Set<string>
): Map<string, number> {
  const savings = new Map<string, number>()
  for (const line of lines) {
    const variant = line.variant_id ? variants.get(line.variant_id) : undefined
    const base = variant?.price_set ? regular.get(variant.price_set.id) : undefined
    const unit = Number(line.unit_price)
    if (!variant || base === undefined || base <= unit) {
      continue
    }
    const benefitIds = (variant.price_set?.prices ?? [])
      .filter((price) => price.currency_code === currencyCode && Number(price.amount) === unit)
      .map(memberPriceBenefitId)
      .filter((id): id is string => id !== null)
    const benefitId = benefitIds.find((id) => held.has(id)) ?? benefitIds[0]
    if (benefitId) {
      savings.set(benefitId, (savings.get(benefitId) ?? 0) + (base - unit) * Number(line.quantity))
    }
  }
  return savings
}
