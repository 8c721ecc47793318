import { MedusaError } from "@medusajs/framework/utils"
import { memberPriceBenefitId } from "../../../modules/membership"
import type { LinePrice, PricedCartLine } from "./cart-line-prices"
import type { VariantWithPrices } from "./variant-prices"

/** The lines sold at one of their variant's member prices in the cart's currency. */
export const linesAtMemberPrice = (lines: PricedCartLine[], variants: Map<string, VariantWithPrices>, currencyCode: string) =>
  lines.filter((line) =>
    (variants.get(line.variant_id ?? "")?.price_set?.prices ?? []).some(
      (price) =>
        memberPriceBenefitId(price) !== null &&
        price.currency_code === currencyCode &&
        Number(price.amount) === Number(line.unit_price)
    )
  )

/** Refuses (400) a cart with a line below what it costs now (`prices`, by line id). */
export function assertNoStaleMemberPrice(cartId: string, lines: PricedCartLine[], prices: Map<string, LinePrice> | null) {
  const stale = lines.find((line) => {
    const now = prices?.get(line.id)
    return now && Number(line.unit_price) < now.unit_price
  })
  if (stale) {
    const title = (stale as { title?: string | null }).title ?? stale.variant_id
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The member price of "${title}" no longer applies to this cart. Update the cart (POST /store/carts/${cartId}) to re-price it, then complete it.`
    )
  }
}
