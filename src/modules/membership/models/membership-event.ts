import { model } from "@medusajs/framework/utils"
import { Membership } from "./membership"

export const MEMBERSHIP_EVENT_TYPES = [
  "activated",
  "trial_started",
  "extended",
  "renewed",
  "payment_failed",
  "canceled",
  "resumed",
  "expired",
  "refunded",
  "plan_scheduled",
  "plan_switched",
  "payment_method_updated",
  "payment_method_removed",
] as const
export type MembershipEventType = (typeof MEMBERSHIP_EVENT_TYPES)[number]

export const EVENT_ACTORS = ["system", "customer", "admin", "webhook"] as const
export type EventActor = (typeof EVENT_ACTORS)[number]

/** One entry of a membership's history: what happened, when, why and who caused it. */
export const MembershipEvent = model
  .define("membership_event", {
    id: model.id({ prefix: "mbrevt" }).primaryKey(),
    membership: model.belongsTo(() => Membership, { mappedBy: "events" }),
    type: model.enum([...MEMBERSHIP_EVENT_TYPES]),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    cause: model.text(),
    actor: model.enum([...EVENT_ACTORS]).default("system"),
    data: model.json().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["membership_id", "occurred_at"] }])
