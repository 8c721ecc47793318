import type { Page, PageParams } from "./common"

export const POINTS_EXPIRY_MODES = ["never", "days", "end_of_following_year"] as const
export type PointsExpiryMode = (typeof POINTS_EXPIRY_MODES)[number]

export const POINTS_TRANSACTION_TYPES = ["earn", "unlock", "spend", "expire", "reverse", "refund", "adjust"] as const
export type PointsTransactionType = (typeof POINTS_TRANSACTION_TYPES)[number]

/** Points per unit of money paid, and the smallest order that earns, in one currency. */
export type PointsEarnRate = { currency_code: string; points_per_unit: number; min_order: number }
/** Points one unit of money costs at checkout, in one currency. */
export type PointsRedemptionRate = { currency_code: string; points_per_unit: number }

/** `GET /admin/points/program` → `{ program }`; `POST` takes any part of it. */
export type PointsProgramSettings = {
  earn_rates: PointsEarnRate[]
  redemption_rates: PointsRedemptionRate[]
  exclude_shipping: boolean
  exclude_tax: boolean
  tier_multipliers: { tier_id: string; multiplier: number }[]
  /** Days earned points stay pending. */
  pending_days: number
  expiry_mode: PointsExpiryMode
  expiry_days: number
  /** The most of an order's total points may pay, in percent. */
  max_share_percent: number
  /** The fewest points one redemption may use. */
  min_redemption: number
  /** IANA, e.g. "Europe/Paris". */
  timezone: string
}

/** `expiring_soon`: available points expiring within 30 days. */
export type PointsBalances = { available: number; pending: number; expiring_soon: number }

export type PointsTransaction = {
  id: string
  type: PointsTransactionType
  /** Signed; an unlock moves pending points to available and is 0. */
  amount: number
  order_id: string | null
  cart_id: string | null
  reference: string | null
  note: string | null
  actor: string | null
  created_at: string
}

/** `GET /store/points/transactions`: newest first. */
export type PointsTransactionPage = Page & { transactions: PointsTransaction[] }

/** `GET /admin/points/customers/:id`. */
export type CustomerPoints = PointsTransactionPage & { customer_id: string; balances: PointsBalances }

export type CustomerPointsParams = PageParams

/** `GET /admin/points/liability`: the points customers hold and what they are worth at each redemption rate (major units). */
export type PointsLiability = {
  points: { available: number; pending: number }
  value: { currency_code: string; amount: number }[]
}

/**
 * `POST /admin/points/customers/:id/adjust`: whole, signed, never 0, with the reason kept on the
 * ledger; `idempotency_key` makes a resent request adjust once.
 */
export type AdjustPointsBody = { points: number; reason: string; idempotency_key?: string }
export type AdjustPointsResult = { transaction: PointsTransaction; balances: PointsBalances }

/** `GET /store/points`: the shopper's balances and the rules for spending them. */
export type StorePoints = {
  balances: PointsBalances
  program: Pick<PointsProgramSettings, "redemption_rates" | "max_share_percent" | "min_redemption">
}

/** `POST /store/carts/:id/points` → `{ cart }`: a number of points, or as many as the rules allow. */
export type ApplyCartPointsBody = { points: number | "max" }
