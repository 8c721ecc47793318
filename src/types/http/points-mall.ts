import type { Page, PageParams } from "./common"
import type { CouponValueType } from "./coupons"

/** What an item gives: a product variant (an order is placed), a single-use coupon, or a partner benefit's code. */
export const MALL_ITEM_KINDS = ["variant", "coupon", "partner_code"] as const
export type MallItemKind = (typeof MALL_ITEM_KINDS)[number]

export const MALL_ITEM_STATUSES = ["active", "archived"] as const
export type MallItemStatus = (typeof MALL_ITEM_STATUSES)[number]

/** The period a per-member limit counts in. */
export const MALL_LIMIT_PERIODS = ["day", "month", "year", "ever"] as const
export type MallLimitPeriod = (typeof MALL_LIMIT_PERIODS)[number]

export const MALL_REDEMPTION_STATUSES = ["completed", "canceled"] as const
export type MallRedemptionStatus = (typeof MALL_REDEMPTION_STATUSES)[number]

/** What a coupon item issues: a single-use promotion code, valid `valid_days` from redemption. */
export type MallCouponConfig = {
  value_type: CouponValueType
  value: number
  /** A fixed-value coupon's currency. */
  currency_code?: string | null
  valid_days: number
}

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
  coupon: MallCouponConfig | null
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

export type MallItemList = Page & { items: MallItem[] }

export type MallItemListParams = PageParams & { q?: string; kind?: MallItemKind; status?: MallItemStatus }

/** `POST /admin/points/mall/items`; an update takes any part of it but `kind`. Dates are ISO 8601 strings. */
export type MallItemBody = {
  name: string
  description?: string | null
  image_url?: string | null
  kind: MallItemKind
  points_price: number
  variant_id?: string | null
  coupon?: MallCouponConfig | null
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

/** A redemption as the admin lists it. */
export type MallRedemption = {
  id: string
  item_id: string
  customer_id: string
  points: number
  cash_amount: number | null
  currency_code: string | null
  status: MallRedemptionStatus
  order_id: string | null
  promotion_id: string | null
  code: string | null
  created_at: string
}

export type MallRedemptionList = Page & { redemptions: MallRedemption[] }

export type MallRedemptionListParams = PageParams & { item_id?: string; customer_id?: string }

/** What a shopper sees of an item (not who it is reserved for). */
export type StoreMallItem = Pick<
  MallItem,
  | "id"
  | "name"
  | "description"
  | "image_url"
  | "kind"
  | "points_price"
  | "cash_price"
  | "currency_code"
  | "variant_id"
  | "coupon"
  | "stock"
  | "limit_per_member"
  | "limit_period"
  | "starts_at"
  | "ends_at"
>

/** `GET /store/points-mall/items`: what the shopper may redeem now, cheapest first. */
export type StoreMallItemList = Page & { items: StoreMallItem[] }

/** What a shopper sees of a redemption: `code` for a coupon or partner code, `order_id` for a variant. */
export type StoreMallRedemption = Omit<MallRedemption, "customer_id" | "promotion_id">

/** `GET /store/points-mall/redemptions`: newest first. */
export type StoreMallRedemptionList = Page & { redemptions: StoreMallRedemption[] }

/**
 * `POST /store/points-mall/items/:id/redeem` (header `Idempotency-Key`) → `{ redemption }`. For a
 * variant item: the region of its order and, when it ships, how (free shipping only).
 */
export type RedeemMallItemBody = {
  region_id?: string
  shipping?: {
    option_id: string
    address: { country_code: string; city?: string; address_1?: string; postal_code?: string }
  }
}
export type RedeemMallItemResult = { redemption: StoreMallRedemption }

/** `POST /store/carts/:id/points-mall-items` → the cart and `mall_points`, the points its mall lines take at checkout. */
export type AddCartMallItemBody = { item_id: string }
