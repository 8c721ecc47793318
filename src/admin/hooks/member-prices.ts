import { useMutation, useQueryClient } from "@tanstack/react-query"
import { adminPost } from "../lib/admin-fetch"
import { useAdminQuery } from "./admin-queries"
import type { BenefitStatus } from "./membership-benefits"

// A product's member prices, as the admin API returns them (issue 5's contract). Amounts are in
// major units, like every Medusa price.

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

export type ProductMemberPrices = {
  product_id: string
  /** The store's currencies: one column each. */
  currencies: string[]
  /** The catalogue's member-price benefits. */
  benefits: MemberPriceBenefit[]
  variants: MemberPriceVariant[]
}

/** One cell to change; `amount: null` removes the member price. */
export type MemberPriceChange = { variant_id: string; benefit_id: string; currency_code: string; amount: number | null }

const memberPricesKey = ["membership", "member-prices"] as const
const MEMBER_PRICES_PATH = "/admin/membership/member-prices"

export function useProductMemberPrices(productId: string) {
  return useAdminQuery<ProductMemberPrices>([...memberPricesKey, productId], MEMBER_PRICES_PATH, { query: { product_id: productId } })
}

/** Saves the changed cells only; the answer is the product's member prices after the change. */
export function useSaveMemberPrices(productId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (prices: MemberPriceChange[]) => adminPost<ProductMemberPrices>(MEMBER_PRICES_PATH, { product_id: productId, prices }),
    onSuccess: (saved) => client.setQueryData([...memberPricesKey, productId], saved),
  })
}
