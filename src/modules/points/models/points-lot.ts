import { model } from "@medusajs/framework/utils"

/**
 * One batch of earned points. `remaining` is what is left of `amount` after spending, reversal
 * and expiry. It is pending (not spendable) until `pending_until`, and expires at `expires_at`.
 */
export const PointsLot = model
  .define("points_lot", {
    id: model.id({ prefix: "plot" }).primaryKey(),
    customer_id: model.text(),
    amount: model.number(),
    remaining: model.number(),
    pending_until: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    /** The transaction that created it. */
    transaction_id: model.text(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }, { on: ["order_id"] }, { on: ["expires_at"] }, { on: ["pending_until"] }])
