import { model } from "@medusajs/framework/utils"
import { BENEFIT_STATUSES, BENEFIT_TYPES } from "../../../types/http"

export { BENEFIT_STATUSES, BENEFIT_TYPES }
export type { BenefitStatus, BenefitType } from "../../../types/http"

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
