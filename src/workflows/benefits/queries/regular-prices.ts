import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { VariantWithPrices } from "../utils/variant-prices"

/** Each price set's price for the customer's region and groups, without any membership context. */
export async function regularPrices(
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
