import type { MallCouponConfig, MallItemKind, MallLimitPeriod } from "../../../types/http"

export type { MallCouponConfig }

/** The fields of a mall item the rules read. */
export type MallItemLike = {
  kind: MallItemKind
  points_price: number
  cash_price?: unknown
  currency_code?: string | null
  variant_id?: string | null
  coupon?: MallCouponConfig | null
  /** A partner_code item's membership benefit (type `partner`): its partner and code pool. */
  partner_benefit_id?: string | null
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

export const hasCashPrice = (item: Pick<MallItemLike, "cash_price">) => item.cash_price !== null && item.cash_price !== undefined

/** How the money part of a points plus money item is paid: only through the shopper's cart. */
export const ADD_TO_CART_HINT = "add it to your cart (POST /store/carts/:id/points-mall-items) and check out"

/**
 * Why a customer may not redeem an item now, or null; the per-member limit is checked apart.
 * `throughCart`: the redemption pays for a line of the shopper's cart at checkout, the only way
 * an item with a cash price is bought.
 */
export function mallRedemptionRefusal(item: MallItemLike, reached: string[], now: Date, throughCart = false): string | null {
  if (hasCashPrice(item) && !throughCart) {
    return `This item costs points plus money: ${ADD_TO_CART_HINT}`
  }
  if (throughCart && item.kind !== "variant") {
    return "Only product items can be added to a cart"
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
  if (item.kind === "partner_code" && !item.partner_benefit_id) {
    return "partner_benefit_id is required for a partner_code item"
  }
  if (hasCashPrice(item)) {
    if (item.kind !== "variant") {
      return "cash_price: only variant items can cost points plus money"
    }
    if (!item.currency_code) {
      return "currency_code is required with cash_price"
    }
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

/** A cart line bought from the mall, as completion checks it against the item. */
export type MallCartLine = { variant_id: string | null; quantity: number; unit_price: number; currency_code: string; points_price: number }

/**
 * Why a cart line cannot be bought as this item (or null): one unit of the item's variant, at the
 * item's cash price (0 for a points-only item) in the item's currency, for the points the shopper
 * was shown.
 */
export function mallCartLineProblem(item: MallItemLike & { name: string }, line: MallCartLine): string | null {
  if (line.quantity !== 1) {
    return `"${item.name}" must be bought one per line: remove it and add it again`
  }
  if (hasCashPrice(item) && (item.currency_code ?? "").toLowerCase() !== line.currency_code.toLowerCase()) {
    return `"${item.name}" is sold in ${(item.currency_code ?? "").toUpperCase()} only`
  }
  if (line.variant_id !== item.variant_id) {
    return `"${item.name}" is now another product: remove it from the cart and add it again`
  }
  const cash = hasCashPrice(item) ? Number(item.cash_price) : 0
  if (Number(line.unit_price) !== cash || Number(line.points_price) !== Number(item.points_price)) {
    return `The price of "${item.name}" has changed: remove it from the cart and add it again`
  }
  return null
}
