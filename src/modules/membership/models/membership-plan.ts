import { model } from "@medusajs/framework/utils"
import { Membership } from "./membership"

export const PLAN_STATUSES = ["active", "archived"] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_INTERVALS = ["day", "month", "year"] as const
export type PlanInterval = (typeof PLAN_INTERVALS)[number]

export const REFUND_POLICIES = ["benefits_used", "prorated", "none"] as const
export type RefundPolicy = (typeof REFUND_POLICIES)[number]

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
