import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { crudMutations, Page, PageParams, usePagedQuery } from "./admin-queries"
import type { CouponValueType } from "./membership-benefits"

// The points mall's items and redemptions, as the admin API returns them (issue 6's contract).

export type MallItemKind = "variant" | "coupon" | "partner_code"
export type MallItemStatus = "active" | "archived"
export type MallLimitPeriod = "day" | "month" | "year" | "ever"

/** What a coupon item issues: a single-use promotion code, valid `valid_days` from redemption. */
export type MallCoupon = { value_type: CouponValueType; value: number; currency_code?: string; valid_days: number }

export type MallItem = {
  id: string
  name: string
  description: string | null
  image_url: string | null
  kind: MallItemKind
  points_price: number
  /** Points plus money: the money part, in `currency_code` (major units). */
  cash_price: number | null
  currency_code: string | null
  variant_id: string | null
  coupon: MallCoupon | null
  /** A partner_code item's partner benefit (its codes are given out). */
  partner_benefit_id: string | null
  /** `null` = unlimited. */
  stock: number | null
  /** `null` = no limit; per customer in `limit_period`. */
  limit_per_member: number | null
  limit_period: MallLimitPeriod
  /** Empty = every customer. */
  tier_ids: string[]
  starts_at: string | null
  ends_at: string | null
  status: MallItemStatus
  created_at: string
}

export type MallItemBody = {
  name: string
  description?: string | null
  image_url?: string | null
  kind: MallItemKind
  points_price: number
  variant_id?: string | null
  coupon?: MallCoupon | null
  partner_benefit_id?: string | null
  cash_price?: number | null
  currency_code?: string | null
  stock?: number | null
  limit_per_member?: number | null
  limit_period?: MallLimitPeriod
  tier_ids?: string[]
  starts_at?: string | null
  ends_at?: string | null
  status?: MallItemStatus
}

export type MallRedemption = {
  id: string
  item_id: string
  customer_id: string
  points: number
  cash_amount: number | null
  currency_code: string | null
  status: "completed" | "canceled"
  order_id: string | null
  promotion_id: string | null
  code: string | null
  created_at: string
}

export const mallKey = ["points", "mall"] as const
const ITEMS_PATH = "/admin/points/mall/items"

export function useMallItems(params: PageParams & { status?: MallItemStatus }) {
  return usePagedQuery<Page & { items: MallItem[] }>([...mallKey, "items", params], ITEMS_PATH, params)
}

/**
 * Every change makes the items (and what they are called in the redemptions) stale. An update is
 * partial: `{ status: "archived" }` takes the item out of the mall, `{ status: "active" }` puts it back.
 */
export const {
  useCreate: useCreateMallItem,
  useUpdate: useUpdateMallItem,
  useDelete: useDeleteMallItem,
} = crudMutations<{ item: MallItem }, MallItemBody, Partial<MallItemBody>, { id: string; deleted: boolean }>(ITEMS_PATH, [mallKey])

export function useMallRedemptions(params: PageParams & { item_id?: string; customer_id?: string }) {
  return usePagedQuery<Page & { redemptions: MallRedemption[] }>([...mallKey, "redemptions", params], "/admin/points/mall/redemptions", params)
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
