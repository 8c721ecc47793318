import { model } from "@medusajs/framework/utils"
import { MEMBERSHIP_STATUSES } from "../../../types/http"
import { MembershipCharge } from "./membership-charge"
import { MembershipEvent } from "./membership-event"
import { MembershipPeriod } from "./membership-period"
import { MembershipPlan } from "./membership-plan"

export { MEMBERSHIP_STATUSES }
export type { MembershipStatus } from "../../../types/http"

/**
 * One customer's membership: at most one live row per customer. Buying again extends or
 * reactivates it; its history is in `events`, what paid for it in `periods`.
 */
export const Membership = model
  .define("membership", {
    id: model.id({ prefix: "mbr" }).primaryKey(),
    customer_id: model.text(),
    plan: model.belongsTo(() => MembershipPlan, { mappedBy: "memberships" }),
    /** The plan the member switches to when the current period ends. */
    next_plan_id: model.text().nullable(),
    status: model.enum([...MEMBERSHIP_STATUSES]),
    current_period_start: model.dateTime(),
    current_period_end: model.dateTime(),
    trial_ends_at: model.dateTime().nullable(),
    /** When the renewal job charges next (period end, or the next dunning retry); null when nothing is due. */
    next_charge_at: model.dateTime().nullable(),
    /** Failed charges for the period now due. */
    failed_attempts: model.number().default(0),
    past_due_since: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    /** Where and how renewals are charged: copied from the order that bought the plan. */
    region_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    email: model.text().nullable(),
    payment_provider_id: model.text().nullable(),
    payment_method_id: model.text().nullable(),
    metadata: model.json().nullable(),
    events: model.hasMany(() => MembershipEvent, { mappedBy: "membership" }),
    periods: model.hasMany(() => MembershipPeriod, { mappedBy: "membership" }),
    charges: model.hasMany(() => MembershipCharge, { mappedBy: "membership" }),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "next_charge_at"] },
  ])
