import type { MallItemKind, MallLimitPeriod } from "../models/points-mall-item"

export type MallCouponConfig = {
  value_type: "fixed" | "percentage"
  value: number
  currency_code?: string | null
  valid_days: number
}

/** The fields of a mall item the rules read. */
export type MallItemLike = {
  kind: MallItemKind
  points_price: number
  cash_price?: unknown
  variant_id?: string | null
  coupon?: MallCouponConfig | null
  stock?: number | null
  limit_per_member?: number | null
  limit_period?: MallLimitPeriod
  tier_ids?: string[] | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  status?: string
}

const at = (value: Date | string) => new Date(value).getTime()

/** Active and inside its window at `now`. */
export const isMallItemLive = (item: MallItemLike, now: Date) =>
  item.status === "active" &&
  (!item.starts_at || at(item.starts_at) <= now.getTime()) &&
  (!item.ends_at || at(item.ends_at) > now.getTime())

/**
 * Every customer with an account may redeem an item without tiers; otherwise a customer who
 * reached one of its tiers (`reached`: their tier and the tiers below it).
 */
export const mallTierAllows = (item: MallItemLike, reached: string[]) =>
  !item.tier_ids?.length || item.tier_ids.some((id) => reached.includes(id))

export const mallItemInStock = (item: MallItemLike) => item.stock === null || item.stock === undefined || item.stock > 0

/** What the store lists to a shopper (`reached` empty: a guest or a customer without a tier). */
export const isMallItemListed = (item: MallItemLike, reached: string[], now: Date) =>
  isMallItemLive(item, now) && mallTierAllows(item, reached) && mallItemInStock(item)

/** Why a customer may not redeem an item now, or null; the per-member limit is checked apart. */
export function mallRedemptionRefusal(item: MallItemLike, reached: string[], now: Date): string | null {
  if (item.kind === "partner_code") {
    return "Partner code items cannot be redeemed yet"
  }
  if (item.cash_price !== null && item.cash_price !== undefined) {
    return "Points plus money items cannot be redeemed yet"
  }
  if (!isMallItemLive(item, now)) {
    return "This item is not available now"
  }
  if (!mallTierAllows(item, reached)) {
    return "This item is reserved for other tiers"
  }
  if (!mallItemInStock(item)) {
    return "This item is out of stock"
  }
  return null
}

/**
 * What the request alone cannot check on an item (its stored values merged with the change):
 * the kind's own fields and the window's order. Returns the problem naming the field, or null.
 */
export function mallItemProblem(item: MallItemLike): string | null {
  if (item.kind === "partner_code") {
    return "kind: partner_code items are not supported yet"
  }
  if (item.cash_price !== null && item.cash_price !== undefined) {
    return "cash_price: points plus money items are not supported yet"
  }
  if (item.kind === "variant" && !item.variant_id) {
    return "variant_id is required for a variant item"
  }
  if (item.kind === "coupon") {
    if (!item.coupon) {
      return "coupon is required for a coupon item"
    }
    if (item.coupon.value_type === "fixed" && !item.coupon.currency_code) {
      return "coupon.currency_code is required for a fixed coupon"
    }
    if (item.coupon.value_type === "percentage" && item.coupon.value > 100) {
      return "coupon.value must be at most 100 for a percentage coupon"
    }
  }
  if (item.starts_at && item.ends_at && at(item.ends_at) <= at(item.starts_at)) {
    return "ends_at must be after starts_at"
  }
  return null
}
