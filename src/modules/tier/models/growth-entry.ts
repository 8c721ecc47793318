import { model } from "@medusajs/framework/utils"
import { GROWTH_REASONS } from "../../../types/http"

export { GROWTH_REASONS }
export type { GrowthReason } from "../../../types/http"

/**
 * One movement of a customer's growth value. The balance is the sum of the amounts; the unique
 * `idempotency_key` (e.g. `order:{id}:award`) makes every award and reversal happen once.
 * `counts_at` is when the entry counts for the rolling window: a reversal counts when the
 * award it reverses did, so both leave the window together.
 */
export const GrowthEntry = model
  .define("growth_entry", {
    id: model.id({ prefix: "grow" }).primaryKey(),
    customer_id: model.text(),
    amount: model.number(),
    reason: model.enum([...GROWTH_REASONS]),
    reference: model.text().nullable(),
    order_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    /** The money the award was computed on (paid, less what the program excludes). */
    basis_amount: model.bigNumber().nullable(),
    /** What the entry adds to RFM spend, in the program's main currency. */
    spend_value: model.bigNumber().nullable(),
    /** What the entry adds to the RFM order count (1 for an order, -1 when it is fully reversed). */
    order_count: model.number().default(0),
    note: model.text().nullable(),
    actor: model.text().default("system"),
    counts_at: model.dateTime(),
    idempotency_key: model.text().unique(),
    metadata: model.json().nullable(),
  })
  // Per customer, the ledger is read through IDX_growth_entry_customer_totals (customer_id,
  // counts_at, with what evaluation sums INCLUDEd: an index-only scan), which the module's
  // migrations create: the model cannot declare an INCLUDE.
  .indexes([{ on: ["order_id"] }])
