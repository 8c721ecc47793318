import { model } from "@medusajs/framework/utils"

export const PLAN_STATUSES = ["active", "archived"] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

/** A paid membership product (e.g. "PLUS Annual", "88VIP"). */
export const MembershipPlan = model
  .define("membership_plan", {
    id: model.id({ prefix: "mplan" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    description: model.text().nullable(),
    status: model.enum([...PLAN_STATUSES]).default("active"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["status"] }])
