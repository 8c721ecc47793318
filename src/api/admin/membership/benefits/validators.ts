import { z } from "@medusajs/framework/zod"
import { BENEFIT_STATUSES, BENEFIT_TYPES } from "../../../../modules/membership"
import { listParams } from "../../../utils/list-params"
import { isoDate } from "../../../utils/iso-date"

export const AdminListBenefitsParams = listParams.extend({
  q: z.string().optional(),
  type: z.enum(BENEFIT_TYPES).optional(),
  status: z.enum(BENEFIT_STATUSES).optional(),
  plan_id: z.string().min(1).optional(),
  tier_id: z.string().min(1).optional(),
})
export type AdminListBenefitsParamsType = z.infer<typeof AdminListBenefitsParams>

const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO currency code").transform((code) => code.toLowerCase())
const ids = z.array(z.string().min(1)).max(200)
const money = z.number().min(0).max(1_000_000_000)

const benefitFields = {
  name: z.string().trim().min(1, "name is required").max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  plan_ids: ids.default([]),
  tier_ids: ids.default([]),
  starts_at: isoDate.nullable().optional(),
  ends_at: isoDate.nullable().optional(),
  status: z.enum(BENEFIT_STATUSES).optional(),
  cost_per_use: money.nullable().optional(),
  cost_per_member_month: money.nullable().optional(),
  cost_currency_code: currencyCode.nullable().optional(),
}

type Window = { starts_at?: Date | null; ends_at?: Date | null }
type Costs = { cost_per_use?: number | null; cost_per_member_month?: number | null; cost_currency_code?: string | null }

const windowIsOrdered = (body: Window) => !body.starts_at || !body.ends_at || body.ends_at > body.starts_at
const costHasCurrency = (body: Costs) => (body.cost_per_use == null && body.cost_per_member_month == null) || Boolean(body.cost_currency_code)

/** The config is checked against the type in the route's workflow input (it depends on the stored type for updates). */
export const AdminCreateBenefit = z
  .object({ ...benefitFields, type: z.enum(BENEFIT_TYPES), config: z.record(z.string(), z.unknown()).default({}) })
  .strict()
  .refine(windowIsOrdered, { message: "ends_at must be after starts_at", path: ["ends_at"] })
  .refine(costHasCurrency, { message: "cost_currency_code is required with a cost", path: ["cost_currency_code"] })
export type AdminCreateBenefitType = z.infer<typeof AdminCreateBenefit>

export const AdminUpdateBenefit = z
  .object({ ...benefitFields, plan_ids: ids.optional(), tier_ids: ids.optional(), config: z.record(z.string(), z.unknown()).optional() })
  .partial()
  .strict()
  .refine(windowIsOrdered, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminUpdateBenefitType = z.infer<typeof AdminUpdateBenefit>
