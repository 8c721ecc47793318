import type { MallItemLike } from "./mall-rules"

export type MallRedemptionRow = {
  id: string
  item_id: string
  customer_id: string
  points: number
  status: "completed" | "canceled"
  order_id: string | null
  promotion_id: string | null
  code: string | null
  transaction_id: string
  idempotency_key: string
  created_at: Date
}

export type MallRedeemInput = {
  item_id: string
  customer_id: string
  /** The shopper's key (the `Idempotency-Key` header); unique per customer. */
  idempotency_key: string
  /** The tiers the customer reached now (theirs and those below; the membership module knows them). */
  tier_ids: string[]
  now: Date
}

export type MallRedeemResult = { redemption: MallRedemptionRow; item: MallItemLike & { id: string; name: string }; created: boolean }

/** The points transaction key of a mall redemption, and of its cancellation. */
export const mallSpendKey = (customerId: string, key: string) => `mall:${customerId}:${key}`
