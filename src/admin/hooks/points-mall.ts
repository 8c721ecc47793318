import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { Deleted, MallItem, MallItemBody, MallItemList, MallItemListParams, MallRedemptionList, MallRedemptionListParams } from "../../types/http"
import { sdk } from "../lib/sdk"
import { crudMutations, usePagedQuery } from "./admin-queries"

export const mallKey = ["points", "mall"] as const
const ITEMS_PATH = "/admin/points/mall/items"

export function useMallItems(params: MallItemListParams) {
  return usePagedQuery<MallItemList>([...mallKey, "items", params], ITEMS_PATH, params)
}

/**
 * Every change makes the items (and what they are called in the redemptions) stale. An update is
 * partial: `{ status: "archived" }` takes the item out of the mall, `{ status: "active" }` puts it back.
 */
export const {
  useCreate: useCreateMallItem,
  useUpdate: useUpdateMallItem,
  useDelete: useDeleteMallItem,
} = crudMutations<{ item: MallItem }, MallItemBody, Partial<MallItemBody>, Deleted<"points_mall_item">>(ITEMS_PATH, [mallKey])

export function useMallRedemptions(params: MallRedemptionListParams) {
  return usePagedQuery<MallRedemptionList>([...mallKey, "redemptions", params], "/admin/points/mall/redemptions", params)
}

// The variant a variant item gives: found by searching the store's products.

export type VariantOption = { id: string; label: string }

/** "Stainless Steel Bottle · Default (BOTTLE-750)". */
const variantLabel = (product: string | undefined, variant: { title?: string | null; sku?: string | null }) =>
  [product, variant.title].filter(Boolean).join(" · ") + (variant.sku ? ` (${variant.sku})` : "")

/** Up to 10 products matching `q`, as their variants. */
export function useVariantSearch(q: string) {
  return useQuery({
    queryKey: ["products", "mall-variant-search", q],
    queryFn: async (): Promise<VariantOption[]> => {
      const { products } = await sdk.admin.product.list({
        q: q || undefined,
        limit: 10,
        fields: "id,title,variants.id,variants.title,variants.sku",
      })
      return products.flatMap((product) =>
        (product.variants ?? []).map((variant) => ({ id: variant.id, label: variantLabel(product.title, variant) }))
      )
    },
    placeholderData: keepPreviousData,
  })
}

/** The saved variant's name ("T-shirt · M"), `null` when it no longer exists. */
export function useVariantName(id: string | null | undefined) {
  return useQuery({
    queryKey: ["product-variants", "mall-variant", id],
    queryFn: async () => {
      const { variants } = await sdk.admin.productVariant.list({ id: id!, fields: "id,title,sku,product.title" })
      const variant = variants[0]
      return variant ? variantLabel(variant.product?.title, variant) : null
    },
    enabled: !!id,
  })
}

/** The emails of the customers on a page of redemptions, by id. */
export function useCustomerEmails(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: ["customers", "mall-redemptions", unique],
    queryFn: async () => {
      const { customers } = await sdk.admin.customer.list({ id: unique, limit: unique.length, fields: "id,email" })
      return new Map(customers.map((customer) => [customer.id, customer.email]))
    },
    enabled: unique.length > 0,
  })
}
