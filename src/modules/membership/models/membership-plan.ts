import { model } from "@medusajs/framework/utils"
import { PLAN_INTERVALS, PLAN_STATUSES, REFUND_POLICIES } from "../../../types/http"
import { Membership } from "./membership"

export { PLAN_INTERVALS, PLAN_STATUSES, REFUND_POLICIES }
export type { PlanInterval, PlanStatus, RefundPolicy } from "../../../types/http"

/**
 * A paid membership product (e.g. "PLUS Annual", "88VIP"). Its prices live on the product
 * variant the plugin keeps in sync with it (Medusa's pricing module), not here.
 */
export const MembershipPlan = model
  .define("membership_plan", {
    id: model.id({ prefix: "mplan" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    description: model.text().nullable(),
    status: model.enum([...PLAN_STATUSES]).default("active"),
    interval: model.enum([...PLAN_INTERVALS]).default("month"),
    interval_count: model.number().default(1),
    trial_days: model.number().default(0),
    grace_days: model.number().default(0),
    /** Days after the due date on which a failed renewal is retried: an ascending array of numbers. */
    dunning_offsets: model.json(),
    refund_policy: model.enum([...REFUND_POLICIES]).default("prorated"),
    metadata: model.json().nullable(),
    memberships: model.hasMany(() => Membership, { mappedBy: "plan" }),
  })
  .indexes([{ on: ["status"] }])
