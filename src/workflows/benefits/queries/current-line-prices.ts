import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MedusaWorkflow } from "@medusajs/framework/workflows-sdk"
import { GET_VARIANTS_AND_ITEMS_WITH_PRICES, type LinePrice, type PricedCartLine, type PricingCart } from "../utils/cart-line-prices"

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
