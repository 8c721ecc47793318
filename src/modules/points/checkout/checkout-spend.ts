import type { LotShare, PointsMovement } from "../ledger/movement"
import { type CartForPoints, quoteCartRedemption } from "./cart-points"
import { type CartMallLine, mallPointsOf } from "./cart-mall-lines"
import type { RedemptionRules } from "./redemption-quote"

/** A checkout's debit, kept by the complete workflow's hook to undo if completion fails after it. */
export type CartPointsSpend = {
  customer_id: string
  cart_id: string
  idempotency_key: string
  /** Points debited (positive) and the lots they came from. */
  points: number
  lots: LotShare[]
}

/** What a completion took, for the complete workflow's hook to give back if completion fails after it. */
export type CheckoutPointsSpend = { cart_points: CartPointsSpend | null; redemption_ids: string[] }

/** A completing cart as the points module needs it: its points line, its mall lines, and the tiers its shopper reached. */
export type CheckoutSpendInput = { cart: CartForPoints; mall_lines: CartMallLine[]; tier_ids: string[]; now?: Date }

export const undoSpendKey = (spendKey: string) => `${spendKey}:undo`

/** The keys of the restores that give back an order's spent points start with this; the total restored after each ends it. */
export const restoreKeyPrefix = (orderId: string) => `order:${orderId}:points-restore:`

/** The n-th debit of a cart: a completion that failed after its debit had it undone, the next attempt debits again. */
export const cartSpendKey = (cartId: string, earlierSpends: number) =>
  earlierSpends ? `cart:${cartId}:spend:${earlierSpends + 1}` : `cart:${cartId}:spend`

const NOT_VALID = "The points on this cart are not valid for its shopper: remove them and apply them again."

/**
 * The debit of a cart's points line, checked against the quote the rules give for the cart now:
 * a line of another shopper, or one the rules would no longer give exactly, is refused with the
 * shopper's message (a string); null when the cart has no points line.
 */
export function cartSpendMovement(
  cart: CartForPoints,
  rules: RedemptionRules,
  earlierSpends: number,
  now: Date
): PointsMovement | null | string {
  if (!cart.points_lines.length || cart.completed_at) {
    return null
  }
  const [line, ...others] = cart.points_lines
  const requested = Number(line.metadata?.points)
  if (others.length || !cart.customer_id || line.metadata?.customer_id !== cart.customer_id || !(requested > 0)) {
    return NOT_VALID
  }
  const quoted = quoteCartRedemption(cart, rules, requested)
  if ("problem" in quoted) {
    return `The points on this cart no longer fit it: ${quoted.problem} Remove the points or apply them again.`
  }
  if (quoted.points !== requested || Math.abs(quoted.amount - line.amount) > 1e-9) {
    return "The points rate has changed since the points were applied: apply them again."
  }
  return {
    customer_id: cart.customer_id,
    type: "spend",
    amount: -requested,
    idempotency_key: cartSpendKey(cart.id, earlierSpends),
    now,
    cart_id: cart.id,
    reference: "checkout",
    metadata: { amount: line.amount, currency_code: cart.currency_code },
  }
}

/** The shopper's message when the balance does not cover what the cart takes in points. */
export function notEnoughPointsMessage(spend: PointsMovement | null, mallLines: CartMallLine[], available: number) {
  const applied = spend ? -spend.amount : 0
  const mall = mallPointsOf(mallLines)
  return mall
    ? `Your points no longer cover this cart: ${applied + mall} points needed (${applied} applied to the total, ${mall} for points mall items), ${available} available. Remove the points or items, or apply fewer points, then complete the cart again.`
    : `Your points no longer cover this cart: ${applied} points applied, ${available} available. Remove the points or apply fewer, then complete the cart again.`
}
