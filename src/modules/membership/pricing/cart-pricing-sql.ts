import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlStatement } from "../coupons/coupon-sql"

/** Sets a cart's pricing context key, one row per cart whoever writes it first. */
export const cartPricingKeyStatement = (cartId: string, contextKey: string): SqlStatement => ({
  sql: `
INSERT INTO membership_cart_pricing (id, cart_id, context_key) VALUES (?, ?, ?)
ON CONFLICT (cart_id) WHERE deleted_at IS NULL
DO UPDATE SET context_key = EXCLUDED.context_key, updated_at = now()`,
  bindings: [generateEntityId(undefined, "mcprc"), cartId, contextKey],
})
