import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { memberPriceBenefitId } from "../../../modules/membership"
import { variantsWithPrices, type VariantWithPrices } from "./variant-prices"

export type PricedLine = { variant_id?: string | null; quantity: number | string; unit_price: number | string }

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
  const savings = new Map<string, number>()
  const variantIds = [...new Set(lines.map((line) => line.variant_id).filter((id): id is string => Boolean(id)))]
  if (!variantIds.length) {
    return savings
  }
  const variants = await variantsWithPrices(container, variantIds)
  const regular = await regularPrices(container, context, [...variants.values()])
  for (const line of lines) {
    const variant = line.variant_id ? variants.get(line.variant_id) : undefined
    const base = variant?.price_set ? regular.get(variant.price_set.id) : undefined
    const unit = Number(line.unit_price)
    if (!variant || base === undefined || base <= unit) {
      continue
    }
    const benefitIds = (variant.price_set?.prices ?? [])
      .filter((price) => price.currency_code === context.currency_code && Number(price.amount) === unit)
      .map(memberPriceBenefitId)
      .filter((id): id is string => id !== null)
    const benefitId = benefitIds.find((id) => held.has(id)) ?? benefitIds[0]
    if (benefitId) {
      savings.set(benefitId, (savings.get(benefitId) ?? 0) + (base - unit) * Number(line.quantity))
    }
  }
  return savings
}

/** Each price set's price for the customer's region and groups, without any membership context. */
async function regularPrices(
  container: MedusaContainer,
  context: { currency_code: string; region_id?: string | null; customer_id?: string | null },
  variants: VariantWithPrices[]
): Promise<Map<string, number>> {
  const priceSetIds = variants.map((variant) => variant.price_set?.id).filter((id): id is string => Boolean(id))
  const groups = context.customer_id
    ? await container.resolve(Modules.CUSTOMER).listCustomerGroups({ customers: { id: context.customer_id } } as never, { select: ["id"] })
    : []
  const pricing = container.resolve(Modules.PRICING)
  const calculated = await pricing.calculatePrices(
    { id: priceSetIds },
    {
      // Flattened by the pricing module like a cart's context: `customer.groups.id` matches group price lists.
      context: {
        currency_code: context.currency_code,
        ...(context.region_id ? { region_id: context.region_id } : {}),
        ...(groups.length ? { customer: { groups: { id: groups.map((group) => group.id) } } } : {}),
      } as never,
    }
  )
  return new Map(
    calculated
      .filter((price) => price.calculated_amount !== null && price.calculated_amount !== undefined)
      .map((price) => [price.id, Number(price.calculated_amount)])
  )
}
