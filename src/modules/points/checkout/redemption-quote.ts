import { currencyDigits } from "../../../lib/money"

export type RedemptionRules = {
  /** Points one unit of the cart's currency costs; 0 or missing: points cannot pay in it. */
  points_per_unit: number
  max_share_percent: number
  min_redemption: number
}

export type RedemptionRequest = {
  /** Points the shopper asks to use, or "max": the most the rules allow. */
  requested: number | "max"
  /** The shopper's available points. */
  available: number
  /** What the cart costs without the points line: items, shipping and tax, after discounts and other credits. */
  total: number
  currency_code: string
}

export type RedemptionQuote = { points: number; amount: number }

// Guards against binary fractions (e.g. 0.1 * 3) tipping a whole number over a rounding edge.
const EPSILON = 1e-9

/**
 * How many points pay how much of a cart. The money is the points' value rounded DOWN to the
 * currency's smallest unit, and the points charged are the fewest whole points that buy exactly
 * that money (never more than asked), so neither side gives away a fraction of a cent. At most
 * `max_share_percent` of `total` (rounded down), at least `min_redemption` points, at most the
 * available balance. A problem is a message for the shopper.
 */
export function quoteRedemption(request: RedemptionRequest, rules: RedemptionRules): RedemptionQuote | { problem: string } {
  const rate = Number(rules.points_per_unit)
  const currency = request.currency_code.toUpperCase()
  if (!(rate > 0)) {
    return { problem: `Points cannot pay in ${currency}.` }
  }
  const scale = 10 ** currencyDigits(request.currency_code)
  const worth = (points: number) => Math.floor((points * scale) / rate + EPSILON)
  const cost = (minor: number) => Math.ceil((minor * rate) / scale - EPSILON)
  const capMinor = Math.floor((Math.max(0, Math.round(request.total * scale)) * rules.max_share_percent) / 100 + EPSILON)
  const minimum = Math.max(0, rules.min_redemption)

  let minor: number
  if (request.requested === "max") {
    // The whole points the cap allows, valued like a number of points: a cap that is not worth
    // whole points must not be paid with a point more (which a number quote would refuse).
    minor = worth(Math.min(request.available, Math.floor((capMinor * rate) / scale + EPSILON)))
    if (minor <= 0 || cost(minor) < minimum) {
      return { problem: `You cannot use points on this cart: at least ${minimum} points are needed, and at most ${rules.max_share_percent}% of the total may be paid with points.` }
    }
  } else {
    const requested = request.requested
    if (requested > request.available) {
      return { problem: `Not enough points: ${request.available} available, ${requested} needed.` }
    }
    if (requested < minimum) {
      return { problem: `At least ${minimum} points are needed per redemption.` }
    }
    minor = worth(requested)
    if (minor > capMinor) {
      return {
        problem: `At most ${cost(capMinor)} points can pay for this cart (${rules.max_share_percent}% of its total).`,
      }
    }
    if (minor <= 0) {
      return { problem: `${requested} points are worth less than the smallest unit of ${currency}.` }
    }
  }
  const points = cost(minor)
  if (points < minimum) {
    return { problem: `At least ${minimum} points are needed per redemption.` }
  }
  return { points, amount: minor / scale }
}
