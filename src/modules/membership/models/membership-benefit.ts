import { model } from "@medusajs/framework/utils"

export const BENEFIT_TYPES = [
  "member_price",
  "member_discount",
  "free_shipping",
  "coupon_drop",
  "points_multiplier",
  "service",
  "identity",
  "partner",
] as const
export type BenefitType = (typeof BENEFIT_TYPES)[number]

export const BENEFIT_STATUSES = ["active", "archived"] as const
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number]

/**
 * What a plan or a tier grants: its type and the type's settings (`config`), who is eligible
 * (members of `plan_ids`, holders of `tier_ids`), when it applies, and what it is estimated to
 * cost the merchant, for reports.
 */
export const MembershipBenefit = model
  .define("membership_benefit", {
    id: model.id({ prefix: "mbnft" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    type: model.enum([...BENEFIT_TYPES]),
    config: model.json(),
    plan_ids: model.json(),
    tier_ids: model.json(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    status: model.enum([...BENEFIT_STATUSES]).default("active"),
    cost_per_use: model.bigNumber().nullable(),
    cost_per_member_month: model.bigNumber().nullable(),
    cost_currency_code: model.text().nullable(),
  })
  .indexes([{ on: ["type"] }, { on: ["status"] }])
