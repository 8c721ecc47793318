import { model } from "@medusajs/framework/utils"

/**
 * A benefit a member used, with its value to the member (its cost to the merchant). The
 * `benefits_used` refund policy subtracts the values used in the period being refunded.
 * `reversed_value` is the part given back by returns and refunds of the order; a tier's
 * benefit used without a paid membership has no `membership_id`.
 */
export const BenefitUsage = model
  .define("benefit_usage", {
    id: model.id({ prefix: "bnfuse" }).primaryKey(),
    membership_id: model.text().nullable(),
    customer_id: model.text(),
    benefit_type: model.text(),
    benefit_id: model.text().nullable(),
    order_id: model.text().nullable(),
    value: model.bigNumber(),
    reversed_value: model.bigNumber().default(0),
    currency_code: model.text(),
    used_at: model.dateTime(),
    idempotency_key: model.text().unique(),
  })
  .indexes([{ on: ["membership_id", "used_at"] }])
