import { model } from "@medusajs/framework/utils"
import { Membership } from "./membership"

export const CHARGE_STATUSES = ["pending", "succeeded", "failed"] as const
export type ChargeStatus = (typeof CHARGE_STATUSES)[number]

/**
 * One attempt to charge a renewal. Inserting it claims the attempt: the unique
 * `idempotency_key` (membership, due date, attempt) lets only one worker charge it, and the
 * same key is sent to the payment provider.
 */
export const MembershipCharge = model
  .define("membership_charge", {
    id: model.id({ prefix: "mbrchg" }).primaryKey(),
    membership: model.belongsTo(() => Membership, { mappedBy: "charges" }),
    idempotency_key: model.text().unique(),
    due_at: model.dateTime(),
    attempt: model.number(),
    status: model.enum([...CHARGE_STATUSES]).default("pending"),
    plan_id: model.text(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    error: model.text().nullable(),
  })
  .indexes([{ on: ["membership_id", "due_at"] }])
