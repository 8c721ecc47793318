import { zonedMidnight } from "../../../modules/membership"
import { earningBasis, localDate, type OrderGrowthInput } from "../../../modules/tier"
import { MAX_POINTS_MOVEMENT, type PointsProgramSettings } from "../../../modules/points"

const DAY_MS = 86_400_000

/** Absorbs binary float noise (19.99 * 100 = 1998.9999…) before flooring points. */
const FLOOR_EPSILON = 1e-9

export type OrderPoints = { basis: number; points: number; multiplier: number }

/**
 * The points an order earns: floor(basis × the currency's rate × multiplier), where the basis is
 * what was paid without shipping and/or tax as the program says. Nothing when the currency has
 * no earn rate or the basis is below its `min_order`.
 */
export function orderPoints(program: PointsProgramSettings, order: OrderGrowthInput, multiplier: number): OrderPoints | null {
  const code = order.currency_code.toLowerCase()
  const rate = program.earn_rates.find((candidate) => candidate.currency_code.toLowerCase() === code)
  if (!rate) {
    return null
  }
  const basis = earningBasis(program, order)
  if (basis <= 0 || basis < rate.min_order) {
    return null
  }
  const points = Math.min(MAX_POINTS_MOVEMENT, Math.floor(basis * rate.points_per_unit * multiplier + FLOOR_EPSILON))
  return points > 0 ? { basis, points, multiplier } : null
}

/**
 * How much a customer's points are multiplied: their tier's multiplier (1 without one) times the
 * highest of their points_multiplier benefits (1 without any). Several benefits do not stack: a
 * tier benefit reaching higher tiers and a plan benefit would otherwise compound unexpectedly.
 */
export function pointsMultiplier(program: PointsProgramSettings, tierId: string | null, benefitMultipliers: number[]): number {
  const tier = tierId ? program.tier_multipliers.find((entry) => entry.tier_id === tierId)?.multiplier ?? 1 : 1
  const benefit = benefitMultipliers.filter((value) => Number.isFinite(value) && value > 0)
  return tier * (benefit.length ? Math.max(...benefit) : 1)
}

/** When points earned at `earnedAt` expire: after `expiry_days`, at the end of the following year in the program's zone, or never. */
export function pointsExpiry(program: Pick<PointsProgramSettings, "expiry_mode" | "expiry_days" | "timezone">, earnedAt: Date): Date | null {
  if (program.expiry_mode === "never") {
    return null
  }
  if (program.expiry_mode === "end_of_following_year") {
    const year = Number(localDate(earnedAt, program.timezone).slice(0, 4))
    return new Date(zonedMidnight(year + 2, 1, 1, program.timezone).getTime() - 1)
  }
  return new Date(earnedAt.getTime() + program.expiry_days * DAY_MS)
}

/** When points earned at `earnedAt` become spendable (null: at once). */
export function pointsPendingUntil(program: Pick<PointsProgramSettings, "pending_days">, earnedAt: Date): Date | null {
  return program.pending_days > 0 ? new Date(earnedAt.getTime() + program.pending_days * DAY_MS) : null
}
