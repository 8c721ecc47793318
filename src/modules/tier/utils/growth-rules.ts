import { roundMoney } from "../../../lib/money"
import type { GrowthEarnRate, TierProgramSettings } from "../../../types/http"

export type { GrowthEarnRate as EarnRate } from "../../../types/http"
export { isValidTimeZone, localDate, previousLocalDate } from "../../../lib/local-date"

/** The part of the tier program that decides what growth an order or a check-in earns. */
export type GrowthRules = Pick<
  TierProgramSettings,
  "earn_rates" | "exclude_shipping" | "exclude_tax" | "order_bonus" | "plan_multipliers" | "check_in_growth" | "streak_days" | "streak_bonus"
>

export type OrderGrowthInput = {
  currency_code: string
  paid_total: number
  /** Includes the shipping tax, as Medusa reports it. */
  shipping_total: number
  /** Includes the shipping tax, as Medusa reports it. */
  tax_total: number
  shipping_tax_total: number
}

export type OrderGrowth = { basis: number; amount: number; spend_value: number; multiplier: number }

export type OrderReversalInput = {
  paid_total: number
  refunded_total: number
  returned_total: number
  /** What `returned_total` is a share of (the goods, when shipping earns nothing); `paid_total` by default. */
  returned_base?: number
  canceled: boolean
}

export type OrderGoodsLine = {
  /** The line item id, which return, exchange and claim items refer to. */
  id: string
  /** Everything ordered, returned or not. */
  quantity: number
  /** Medusa's item total: only the quantity not returned. */
  total: number
  /** What its returned quantity is worth, received or dismissed. */
  returned_total: number
}

export type OrderSwaps = {
  /** Line items that exchanges and claims sent out. */
  sent: Set<string>
  /** Quantity per line item that exchanges and claims took back. */
  taken_back: Map<string, number>
}

/**
 * The goods an order's award was earned on and what of them was returned. An exchange or a claim
 * swaps goods instead (the money owed either way moves as payments and refunds): what it takes
 * back is not returned, and what it sends out is not part of the goods bought with the order.
 */
export function orderGoods(lines: OrderGoodsLine[], swaps: OrderSwaps): { goods: number; returned: number } {
  let goods = 0
  let returned = 0
  for (const line of lines) {
    const returnedTotal = Math.max(finite(line.returned_total), 0)
    const lineTotal = Math.max(finite(line.total), 0) + returnedTotal
    const unit = line.quantity > 0 ? lineTotal / line.quantity : 0
    returned += Math.max(returnedTotal - unit * finite(swaps.taken_back.get(line.id) ?? 0), 0)
    if (!swaps.sent.has(line.id)) {
      goods += lineTotal
    }
  }
  return { goods, returned }
}

/** The most one entry can hold (its column is a 4-byte integer); an award above it is capped. */
export const MAX_GROWTH_ENTRY = 2_000_000_000

/** Absorbs binary float noise (19.99 * 100 = 1998.9999…) before flooring a growth amount. */
const FLOOR_EPSILON = 1e-9

const finite = (value: number): number => (Number.isFinite(value) ? value : 0)

const clampRatio = (ratio: number): number => Math.min(Math.max(finite(ratio), 0), 1)

/** Spend is kept in the main currency, which these rules do not know: cents are precise enough for any. */
const roundSpend = (value: number): number =>
  (Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON)) / 100

export function findEarnRate(rules: GrowthRules, currencyCode: string): GrowthEarnRate | null {
  const code = currencyCode.toLowerCase()
  return rules.earn_rates.find((rate) => rate.currency_code.toLowerCase() === code) ?? null
}

export function planMultiplier(rules: GrowthRules, planId: string | null): number {
  if (planId === null) {
    return 1
  }
  return rules.plan_multipliers.find((entry) => entry.plan_id === planId)?.multiplier ?? 1
}

/**
 * The part of what an order paid that earns (growth or points): without shipping and/or tax as
 * the rules say, rounded to the currency. Medusa's shipping_total already contains the shipping
 * tax, so when both exclusions apply only the remaining tax is subtracted.
 */
export function earningBasis(rules: { exclude_shipping: boolean; exclude_tax: boolean }, order: OrderGrowthInput): number {
  const paid = Math.max(finite(order.paid_total), 0)
  let basis = paid
  if (rules.exclude_shipping) {
    basis -= finite(order.shipping_total)
  }
  if (rules.exclude_tax) {
    basis -= rules.exclude_shipping
      ? finite(order.tax_total) - finite(order.shipping_tax_total)
      : finite(order.tax_total)
  }
  return roundMoney(Math.min(Math.max(basis, 0), paid), order.currency_code)
}

/**
 * The growth and RFM spend an order earns, or null when its currency has no earn rate (then the
 * order earns nothing and does not count as an order either).
 */
export function orderGrowth(rules: GrowthRules, order: OrderGrowthInput, planId: string | null): OrderGrowth | null {
  const rate = findEarnRate(rules, order.currency_code)
  if (!rate) {
    return null
  }
  const basis = earningBasis(rules, order)
  const multiplier = planMultiplier(rules, planId)
  const amount = Math.min(MAX_GROWTH_ENTRY, Math.floor((basis * rate.growth_per_unit + rules.order_bonus) * multiplier + FLOOR_EPSILON))
  return { basis, amount, spend_value: roundSpend(basis * rate.spend_rate), multiplier }
}

/** The share of an order taken back, in [0, 1]: all of it when canceled, else the larger of refunds and returns. */
export function orderReversalRatio(input: OrderReversalInput): number {
  if (input.canceled) {
    return 1
  }
  const paid = finite(input.paid_total)
  if (paid <= 0) {
    return 0
  }
  const returnedBase = input.returned_base === undefined ? paid : finite(input.returned_base)
  const returnedShare = returnedBase > 0 ? finite(input.returned_total) / returnedBase : 0
  return clampRatio(Math.max(finite(input.refunded_total) / paid, returnedShare))
}

/**
 * The total growth to have reversed for an award at this ratio. Callers reverse the difference
 * with what is already reversed, so successive partial refunds never take back more than `awarded`.
 */
export function reversalTarget(awarded: number, ratio: number): number {
  return Math.round(awarded * clampRatio(ratio))
}

/** `streak` counts consecutive check-in days including today (1 = first day). */
export function checkInAward(rules: GrowthRules, streak: number): { amount: number; bonus: number } {
  const every = rules.streak_days
  const bonus =
    every !== null && Number.isInteger(every) && every > 0 && streak > 0 && streak % every === 0 ? rules.streak_bonus : 0
  return { amount: rules.check_in_growth + bonus, bonus }
}

/** The share of an award's RFM spend that a reversal ratio takes back, rounded like spend. */
export function reversalSpend(spend: number, ratio: number): number {
  return roundSpend(finite(spend) * clampRatio(ratio))
}
