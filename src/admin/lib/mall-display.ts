import type { MallItem, MallItemKind, MallLimitPeriod } from "../../types/http"
import { formatAmount } from "./format"
import { points } from "./points-display"
import { formatCount } from "./tier-display"

/** The kinds a merchant can create. */
export const MALL_KIND_OPTIONS: { value: MallItemKind; label: string; explanation: string }[] = [
  { value: "variant", label: "Product", explanation: "Redeeming places an order for the variant; with a money part or paid shipping, shoppers add it to their cart and pay at checkout." },
  { value: "coupon", label: "Coupon", explanation: "Redeeming issues a single-use promotion code to the customer." },
  { value: "partner_code", label: "Partner code", explanation: "Redeeming gives the customer a code of a partner benefit, from its pool or generated." },
]

export const mallKindLabel = (kind: MallItemKind) =>
  MALL_KIND_OPTIONS.find((option) => option.value === kind)?.label ?? kind

export const LIMIT_PERIOD_OPTIONS: { value: MallLimitPeriod; label: string }[] = [
  { value: "ever", label: "In all" },
  { value: "day", label: "Per day" },
  { value: "month", label: "Per month" },
  { value: "year", label: "Per year" },
]

/** "1,000 points", or "1,000 points + EUR 5.00". */
export const mallPriceLabel = (item: Pick<MallItem, "points_price" | "cash_price" | "currency_code">) =>
  item.cash_price != null
    ? `${points(item.points_price)} + ${formatAmount(item.cash_price, item.currency_code)}`
    : points(item.points_price)

export const stockLabel = (stock: number | null) => (stock == null ? "Unlimited" : `${formatCount(stock)} left`)

/** "2 per month", "1 in all", "No limit". */
export const limitLabel = (item: Pick<MallItem, "limit_per_member" | "limit_period">) => {
  if (item.limit_per_member == null) {
    return "No limit"
  }
  const period = LIMIT_PERIOD_OPTIONS.find((option) => option.value === item.limit_period)?.label ?? item.limit_period
  return `${formatCount(item.limit_per_member)} ${period.toLowerCase()}`
}

/** "EUR 5.00 off, valid 30 days", "10% off, valid 30 days". */
export const couponLabel = (coupon: MallItem["coupon"]) =>
  coupon
    ? `${coupon.value_type === "fixed" ? formatAmount(coupon.value, coupon.currency_code) : `${coupon.value}%`} off, valid ${formatCount(coupon.valid_days)} days`
    : "-"

/** What archiving, reactivating and deleting an item mean. */
export const MALL_ITEM_CHANGES = {
  noun: "Item",
  stopping: "Customers can no longer redeem it; its redemptions stay, and it can be reactivated.",
  restarting: "Customers can redeem it again within its window.",
  deleting: "It leaves the mall for good. Archive it instead to keep it.",
}
