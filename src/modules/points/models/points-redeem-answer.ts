import { model } from "@medusajs/framework/utils"

/**
 * The answer a shopper's mall redemption got under its `Idempotency-Key` (status and body,
 * errors included), so a replay answers the same, byte for byte. `item_id` is what the key
 * redeemed: the same key for another item is refused.
 */
export const PointsRedeemAnswer = model
  .define("points_redeem_answer", {
    id: model.id({ prefix: "pransw" }).primaryKey(),
    customer_id: model.text(),
    idempotency_key: model.text(),
    item_id: model.text(),
    status_code: model.number(),
    // Text, not jsonb: jsonb reorders keys, and a replay must match the first answer.
    body: model.text(),
  })
  .indexes([{ on: ["customer_id", "idempotency_key"], unique: true, where: "deleted_at IS NULL" }])
