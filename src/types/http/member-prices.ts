import type { BenefitStatus } from "./benefits"

// Amounts are in major units, like every Medusa price.

/** A member_price benefit of the catalogue (archived ones too, so their prices stay visible). */
export type MemberPriceBenefit = {
  id: string
  name: string
  status: BenefitStatus
  plan_ids: string[]
  tier_ids: string[]
}

export type MemberPrice = { benefit_id: string; currency_code: string; amount: number }

export type MemberPriceVariant = {
  id: string
  title: string | null
  sku: string | null
  /** The regular prices, shown for reference. */
  prices: { currency_code: string; amount: number }[]
  member_prices: MemberPrice[]
}

/** `GET /admin/membership/member-prices?product_id=`, and what saving answers. */
export type ProductMemberPrices = {
  product_id: string
  /** The store's currencies (lower case): one column each. */
  currencies: string[]
  /** The catalogue's member-price benefits. */
  benefits: MemberPriceBenefit[]
  variants: MemberPriceVariant[]
}

/** One cell to change; `amount: null` removes the member price. */
export type MemberPriceChange = { variant_id: string; benefit_id: string; currency_code: string; amount: number | null }

/** `POST /admin/membership/member-prices`: up to 1000 changed cells. */
export type SetMemberPricesBody = { product_id: string; prices: MemberPriceChange[] }

/** A plan whose member price beats the shopper's price, and by how much. */
export type PlanOffer = { plan_id: string; plan_name: string; price: number; saving: number }

/** A variant's price for the shopper now, without membership, and the plans' better offers (biggest saving first). */
export type VariantPriceOffer = { variant_id: string; price: number | null; regular_price: number | null; plans: PlanOffer[] }

/** `GET /store/membership/prices?region_id=&variant_ids=a,b`. */
export type StoreMemberPrices = { region_id: string; currency_code: string; variants: VariantPriceOffer[] }

export type StoreMemberPricesParams = { region_id: string; variant_ids: string[] | string }
