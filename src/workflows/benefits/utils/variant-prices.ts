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
