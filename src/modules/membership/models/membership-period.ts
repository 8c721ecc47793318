import { model } from "@medusajs/framework/utils"
import { PERIOD_SOURCES } from "../../../types/http"
import { Membership } from "./membership"

export { PERIOD_SOURCES }
export type { PeriodSource } from "../../../types/http"

/**
 * A stretch of membership time and what paid for it. The unique `order_id` makes an order
 * grant its period exactly once, however often its events are delivered.
 */
export const MembershipPeriod = model
  .define("membership_period", {
    id: model.id({ prefix: "mbrper" }).primaryKey(),
    membership: model.belongsTo(() => Membership, { mappedBy: "periods" }),
    source: model.enum([...PERIOD_SOURCES]),
    plan_id: model.text(),
    order_id: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    amount: model.bigNumber(),
    currency_code: model.text().nullable(),
    refunded_amount: model.bigNumber().default(0),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["membership_id", "starts_at"] },
  ])
