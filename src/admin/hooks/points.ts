import { adminPost } from "../lib/admin-fetch"
import { PageParams, useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"

// The points program, the outstanding liability and a customer's points ledger, as the admin API
// returns them (issue 6's contract).

export type PointsExpiryMode = "never" | "days" | "end_of_following_year"

export type PointsEarnRate = { currency_code: string; points_per_unit: number; min_order: number }
export type PointsRedemptionRate = { currency_code: string; points_per_unit: number }

export type PointsProgram = {
  /** Points per unit of money paid, and the smallest order that earns, per currency. */
  earn_rates: PointsEarnRate[]
  /** Points one unit of money costs at checkout, per currency. */
  redemption_rates: PointsRedemptionRate[]
  exclude_shipping: boolean
  exclude_tax: boolean
  tier_multipliers: { tier_id: string; multiplier: number }[]
  pending_days: number
  expiry_mode: PointsExpiryMode
  expiry_days: number
  max_share_percent: number
  min_redemption: number
  /** IANA, e.g. "Europe/Paris". */
  timezone: string
}

export type PointsBalances = { available: number; pending: number; expiring_soon: number }

export type PointsTransactionType = "earn" | "unlock" | "spend" | "expire" | "reverse" | "refund" | "adjust"

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

export type CustomerPoints = {
  customer_id: string
  balances: PointsBalances
  transactions: PointsTransaction[]
  count: number
  offset: number
  limit: number
}

/** The points customers hold and what they are worth at each redemption rate (major units). */
export type PointsLiability = {
  points: { available: number; pending: number }
  value: { currency_code: string; amount: number }[]
}

export const pointsKey = ["points"] as const
const programKey = [...pointsKey, "program"] as const
const liabilityKey = [...pointsKey, "liability"] as const
const customerKey = [...pointsKey, "customer"] as const

export function usePointsProgram() {
  return useAdminQuery<{ program: PointsProgram }>(programKey, "/admin/points/program")
}

/** The money value of the liability follows the redemption rates. */
export function useUpdatePointsProgram() {
  const save = (body: Partial<PointsProgram>) => adminPost<{ program: PointsProgram }>("/admin/points/program", body)
  return useInvalidatingMutation(save, [programKey, liabilityKey])
}

export function usePointsLiability() {
  return useAdminQuery<PointsLiability>(liabilityKey, "/admin/points/liability")
}

export function useCustomerPoints(customerId: string, params: PageParams) {
  return usePagedQuery<CustomerPoints>([...customerKey, customerId, params], `/admin/points/customers/${customerId}`, params)
}

/** `idempotency_key`: one per opened form, so a resent request never adjusts twice. */
export type AdjustPointsBody = { points: number; reason: string; idempotency_key?: string }

/** A merchant's correction (signed, never 0), with the reason kept on the ledger. */
export function useAdjustPoints(customerId: string) {
  const adjust = (body: AdjustPointsBody) =>
    adminPost<{ transaction: PointsTransaction; balances: PointsBalances }>(`/admin/points/customers/${customerId}/adjust`, body)
  return useInvalidatingMutation(adjust, [[...customerKey, customerId], liabilityKey])
}
