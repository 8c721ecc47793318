import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MedusaWorkflow } from "@medusajs/framework/workflows-sdk"

/**
 * Medusa's own sub-workflow that prices cart lines (variants, pricing context from the cart,
 * price selection, tax inclusivity). core-flows registers it but does not export it, so it is
 * looked up by id, as Medusa's workflow engine does.
 */
const GET_VARIANTS_AND_ITEMS_WITH_PRICES = "get-variant-items-with-prices-workflow"

/** The cart fields Medusa builds a cart's pricing context from (`cartFieldsForPricingContext`, customer, region) and its lines. */
const PRICING_CART_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "completed_at",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "item_total",
  "total",
  "locale",
  "email",
  "customer_id",
  "customer.*",
  "customer.groups.*",
  "region.*",
  "items.*",
]

export type PricedCartLine = {
  id: string
  variant_id?: string | null
  quantity: number | string
  unit_price: number | string
  is_custom_price?: boolean | null
  is_tax_inclusive?: boolean | null
}

export type PricingCart = {
  id: string
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  completed_at?: Date | string | null
  items?: PricedCartLine[] | null
}

export type LinePrice = { unit_price: number; is_tax_inclusive: boolean }

export async function pricingCart(container: MedusaContainer, cartId: string): Promise<PricingCart | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: PRICING_CART_FIELDS, filters: { id: cartId } })
  return data[0] as unknown as PricingCart | undefined
}

/** The lines Medusa prices from their variant (not custom-priced ones). */
export const catalogLines = (cart: PricingCart) =>
  (cart.items ?? []).filter((item) => item.variant_id && !item.is_custom_price)

/**
 * What these lines of the cart cost now with this pricing context, by line id, chosen by Medusa
 * exactly as for a new line. Null when Medusa cannot price them (e.g. a line's product was
 * unpublished, or lost its price in the currency): Medusa refuses such a cart on its own paths.
 */
export async function currentLinePrices(
  container: MedusaContainer,
  cart: PricingCart,
  lines: PricedCartLine[],
  pricingContext: Record<string, unknown>
): Promise<Map<string, LinePrice> | null> {
  if (!lines.length) {
    return new Map()
  }
  const workflow = MedusaWorkflow.getWorkflow(GET_VARIANTS_AND_ITEMS_WITH_PRICES)
  if (!workflow) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Medusa's workflow "${GET_VARIANTS_AND_ITEMS_WITH_PRICES}" is not registered`)
  }
  try {
    const { result } = await workflow(container).run({
      input: { cart, items: lines, setPricingContextResult: pricingContext },
    })
    const priced = (result as { lineItems: { selector: { id: string }; data: { unit_price: number; is_tax_inclusive: boolean } }[] })
      .lineItems
    return new Map(
      priced.map(({ selector, data }) => [selector.id, { unit_price: Number(data.unit_price), is_tax_inclusive: !!data.is_tax_inclusive }])
    )
  } catch (error) {
    // A workflow's errors may come back serialized, so no instanceof.
    const { type, message } = error as { type?: string; message?: string }
    if (type === MedusaError.Types.INVALID_DATA) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`membership: the lines of cart ${cart.id} could not be priced (${message}); their prices stay as they are`)
      return null
    }
    throw error
  }
}
