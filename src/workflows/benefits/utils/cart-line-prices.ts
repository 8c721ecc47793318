/**
 * Medusa's own sub-workflow that prices cart lines (variants, pricing context from the cart,
 * price selection, tax inclusivity). core-flows registers it but does not export it, so it is
 * looked up by id, as Medusa's workflow engine does.
 */
export const GET_VARIANTS_AND_ITEMS_WITH_PRICES = "get-variant-items-with-prices-workflow"

/** The cart fields Medusa builds a cart's pricing context from (`cartFieldsForPricingContext`, customer, region) and its lines. */
export const PRICING_CART_FIELDS = [
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

/** The lines Medusa prices from their variant (not custom-priced ones). */
export const catalogLines = (cart: PricingCart) =>
  (cart.items ?? []).filter((item) => item.variant_id && !item.is_custom_price)
