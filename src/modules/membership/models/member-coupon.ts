import { model } from "@medusajs/framework/utils"
import { COUPON_VALUE_TYPES } from "../../../types/http"

export { COUPON_VALUE_TYPES }
export type { CouponValueType } from "../../../types/http"

/**
 * One single-use code a `coupon_drop` benefit gives a member for a month (`period`, "YYYY-MM" in
 * the tier program's time zone). The unique (benefit, customer, period, sequence) makes each
 * month's codes exist once however often and concurrently the job runs; the value is copied from
 * the benefit when the row is claimed, and `promotion_id` is set once the Medusa promotion that
 * carries `code` exists (a row without one is finished by the next run).
 */
export const MemberCoupon = model
  .define("member_coupon", {
    id: model.id({ prefix: "mcpn" }).primaryKey(),
    benefit_id: model.text(),
    customer_id: model.text(),
    period: model.text(),
    sequence: model.number(),
    code: model.text(),
    value_type: model.enum([...COUPON_VALUE_TYPES]),
    value: model.bigNumber(),
    currency_code: model.text().nullable(),
    promotion_id: model.text().nullable(),
    expires_at: model.dateTime(),
  })
  .indexes([
    { on: ["benefit_id", "customer_id", "period", "sequence"], unique: true, where: "deleted_at IS NULL" },
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id", "created_at"] },
  ])
