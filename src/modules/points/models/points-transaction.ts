import { model } from "@medusajs/framework/utils"
import { POINTS_TRANSACTION_TYPES } from "../../../types/http"

export { POINTS_TRANSACTION_TYPES }
export type { PointsTransactionType } from "../../../types/http"

/**
 * One movement of a customer's points, with the lots it moved (`lots`: `[{ lot_id, amount }]`).
 * The amounts sum to the balance (available plus pending); an unlock moves points from pending
 * to available and has amount 0. The unique `idempotency_key` (e.g. `order:{id}:earn`) makes
 * every movement happen once.
 */
export const PointsTransaction = model
  .define("points_transaction", {
    id: model.id({ prefix: "ptx" }).primaryKey(),
    customer_id: model.text(),
    type: model.enum([...POINTS_TRANSACTION_TYPES]),
    amount: model.number(),
    lots: model.json(),
    order_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    actor: model.text().default("system"),
    idempotency_key: model.text().unique(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }, { on: ["order_id"] }, { on: ["cart_id"] }])
