import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { MemberPriceChange, ProductMemberPrices, SetMemberPricesBody } from "../../types/http"
import { adminPost } from "../lib/admin-fetch"
import { useAdminQuery } from "./admin-queries"

const memberPricesKey = ["membership", "member-prices"] as const
const MEMBER_PRICES_PATH = "/admin/membership/member-prices"

export function useProductMemberPrices(productId: string) {
  return useAdminQuery<ProductMemberPrices>([...memberPricesKey, productId], MEMBER_PRICES_PATH, { query: { product_id: productId } })
}

/** Saves the changed cells only; the answer is the product's member prices after the change. */
export function useSaveMemberPrices(productId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (prices: MemberPriceChange[]) =>
      adminPost<ProductMemberPrices>(MEMBER_PRICES_PATH, { product_id: productId, prices } satisfies SetMemberPricesBody),
    onSuccess: (saved) => client.setQueryData([...memberPricesKey, productId], saved),
  })
}
