import type { PointsProgramSettings } from "../program"
import { quoteRedemption, type RedemptionRules } from "./redemption-quote"

/** The `reference` of the one cart credit line points pay with. */
export const POINTS_CREDIT_REFERENCE = "points"

export type PointsCreditLine = { id: string; amount: number; metadata: { points?: number; points_per_unit?: number; customer_id?: string } | null }

export type CartForPoints = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | string | null
  /** What the cart costs without its points line (items, shipping, tax; after discounts and other credits). */
  total_before_points: number
  points_lines: PointsCreditLine[]
}

/** A cart as `query.graph` returns it with `total` and `credit_lines.*` (e.g. the complete workflow's cart). */
export type CartRow = {
  id: string
  customer_id?: string | null
  customer?: { id: string } | null
  currency_code: string
  completed_at: Date | string | null
  total: number
  credit_lines?: ({ id: string; amount: number; reference: string | null; metadata: PointsCreditLine["metadata"] } | null)[]
}

export function toCartForPoints(cart: CartRow): CartForPoints {
  const lines = (cart.credit_lines ?? [])
    .filter((line): line is NonNullable<typeof line> => Boolean(line) && line!.reference === POINTS_CREDIT_REFERENCE)
    .map((line) => ({ id: line.id, amount: Number(line.amount), metadata: line.metadata ?? null }))
  const pointsMoney = lines.reduce((sum, line) => sum + line.amount, 0)
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? cart.customer?.id ?? null,
    currency_code: cart.currency_code,
    completed_at: cart.completed_at,
    total_before_points: Number(cart.total) + pointsMoney,
    points_lines: lines,
  }
}

/** The redemption rules of the program for a cart's currency (a missing rate: points cannot pay in it). */
export function redemptionRules(program: PointsProgramSettings, currencyCode: string): RedemptionRules {
  const rate = (program.redemption_rates ?? []).find((entry) => entry.currency_code.toLowerCase() === currencyCode.toLowerCase())
  return {
    points_per_unit: Number(rate?.points_per_unit ?? 0),
    max_share_percent: Number(program.max_share_percent),
    min_redemption: Number(program.min_redemption),
  }
}

/** The quote the rules give for paying `requested` points (or "max") towards a cart, from `available`. */
export const quoteCartRedemption = (
  cart: CartForPoints,
  rules: RedemptionRules,
  requested: number | "max",
  available = Number.MAX_SAFE_INTEGER
) => quoteRedemption({ requested, available, total: cart.total_before_points, currency_code: cart.currency_code }, rules)
