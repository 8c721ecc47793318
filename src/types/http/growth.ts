import type { Page, PageParams } from "./common"
import type { MembershipTier } from "./tiers"

export const GROWTH_REASONS = ["order", "refund", "return", "cancel", "check_in", "task", "manual", "expiry"] as const
export type GrowthReason = (typeof GROWTH_REASONS)[number]

/** A customer's growth: in the program's window (`balance`), lifetime, and what RFM tiers look at. */
export type GrowthTotals = { balance: number; lifetime: number; spend: number; orders: number }

export type GrowthEntry = {
  id: string
  /** Signed: a refund or a manual correction takes growth away. */
  amount: number
  reason: GrowthReason
  reference: string | null
  order_id: string | null
  note: string | null
  actor: string | null
  counts_at: string
  created_at: string
}

/** `GET /store/membership/growth`: the shopper's growth history, newest first. */
export type GrowthPage = Page & { entries: GrowthEntry[] }

/** `GET /admin/membership/customers/:id/growth`. */
export type CustomerGrowth = GrowthPage & {
  customer_id: string
  tier: MembershipTier | null
  next_tier: MembershipTier | null
  growth: GrowthTotals
  protected_until: string | null
}

export type CustomerGrowthParams = PageParams

/**
 * `POST /admin/membership/customers/:id/growth`: signed, never 0, with the note kept in the
 * customer's history; the same `idempotency_key` again writes nothing.
 */
export type AdjustGrowthBody = { amount: number; note: string; idempotency_key?: string }
export type AdjustGrowthResult = { entry: GrowthEntry; tier: MembershipTier | null }

/** `POST /store/membership/check-in`: a second check-in the same store day awards nothing. */
export type CheckInResult = {
  check_in: { date: string; streak: number; awarded: number; already_checked_in: boolean }
  growth: GrowthTotals
}
