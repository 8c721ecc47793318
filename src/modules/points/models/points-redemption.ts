import { model } from "@medusajs/framework/utils"
import { MALL_REDEMPTION_STATUSES } from "../../../types/http"

/**
 * One purchase in the points mall: what it cost (`points`, and `cash_amount` for points plus
 * money), the points transaction that paid it, and what it gave (an order, or a promotion and
 * its code). `idempotency_key` is unique per customer: the same key never redeems twice.
 */
export const PointsRedemption = model
  .define("points_redemption", {
    id: model.id({ prefix: "pred" }).primaryKey(),
    item_id: model.text(),
    customer_id: model.text(),
    points: model.number(),
    cash_amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    status: model.enum([...MALL_REDEMPTION_STATUSES]).default("completed"),
    order_id: model.text().nullable(),
    promotion_id: model.text().nullable(),
    code: model.text().nullable(),
    transaction_id: model.text(),
    idempotency_key: model.text(),
  })
  .indexes([
    { on: ["customer_id", "idempotency_key"], unique: true },
    { on: ["item_id", "customer_id", "created_at"] },
    { on: ["customer_id", "created_at"] },
  ])
