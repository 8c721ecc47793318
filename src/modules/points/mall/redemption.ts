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

/** The points transaction key of a mall redemption. */
export const mallSpendKey = (customerId: string, key: string) => `mall:${customerId}:${key}`

/**
 * The key of a redemption's cancellation: outside the `mall:` keys, since the shopper picks the
 * end of those (a redemption keyed `{key}:cancel` must not find, nor take, this one's key).
 */
export const mallCancelKey = (customerId: string, key: string) => `mall-cancel:${customerId}:${key}`
