import type { MallCartLine, MallItemLike } from "./mall-rules"

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
  /**
   * At checkout: the cart line this redemption pays the points of. Items with a cash price are
   * bought only this way; the line must match the item (`mallCartLineProblem`) and its cash
   * price is recorded on the redemption.
   */
  cart_line?: MallCartLine | null
}

export type MallRedeemResult = { redemption: MallRedemptionRow; item: MallItemLike & { id: string; name: string }; created: boolean }

/** What the redeem route answered under a shopper's key: the item it was for, the status and the JSON body as sent. */
export type MallRedeemAnswer = { item_id: string; status_code: number; body: string }

/** The points transaction key of a mall redemption. */
export const mallSpendKey = (customerId: string, key: string) => `mall:${customerId}:${key}`

/**
 * The key of a redemption's cancellation: outside the `mall:` keys, since the shopper picks the
 * end of those (a redemption keyed `{key}:cancel` must not find, nor take, this one's key).
 */
export const mallCancelKey = (customerId: string, key: string) => `mall-cancel:${customerId}:${key}`

/**
 * The redemption key of a mall line of a cart at its `attempt`-th completion (a failed completion
 * cancels its redemptions, and the next one redeems again under a new key). Shoppers cannot
 * name keys starting with `cart:` (the redeem route refuses them).
 */
export const CART_REDEMPTION_KEY_PREFIX = "cart:"
/** What the redemption keys of a cart's mall lines start with. */
export const cartRedemptionKeyPrefix = (cartId: string) => `${CART_REDEMPTION_KEY_PREFIX}${cartId}:line:`
export const cartLineRedemptionKey = (cartId: string, lineId: string, attempt = 1) =>
  `${cartRedemptionKeyPrefix(cartId)}${lineId}${attempt > 1 ? `:${attempt}` : ""}`

/** A LIKE pattern for the redemption keys of a cart (or of one of its lines): the prefix taken literally, then anything. */
export const cartRedemptionKeyPattern = (cartId: string, lineId?: string) =>
  `${(lineId ? cartLineRedemptionKey(cartId, lineId) : cartRedemptionKeyPrefix(cartId)).replace(/[\\%_]/g, (char) => `\\${char}`)}%`
