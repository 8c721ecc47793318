import { z } from "@medusajs/framework/zod"
import { AWARD_TRIGGERS, DOWNGRADE_POLICIES, TIER_MODES, isValidTimeZone } from "../../../../modules/tier"

const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO code").transform((code) => code.toLowerCase())

const earnRate = z
  .object({
    currency_code: currencyCode,
    growth_per_unit: z.number().min(0).max(1_000),
    spend_rate: z.number().min(0).max(1_000_000).default(1),
  })
  .strict()

const planMultiplier = z.object({ plan_id: z.string().min(1), multiplier: z.number().min(0).max(100) }).strict()

const distinct = (values: string[]) => new Set(values).size === values.length

const evaluationFields = {
  mode: z.enum(TIER_MODES),
  window_days: z.number().int().min(1).max(3650).nullable(),
  downgrade_policy: z.enum(DOWNGRADE_POLICIES),
  protection_days: z.number().int().min(0).max(3650),
}

export const AdminUpdateTierProgram = z
  .object({
    ...evaluationFields,
    award_on: z.enum(AWARD_TRIGGERS),
    exclude_shipping: z.boolean(),
    exclude_tax: z.boolean(),
    earn_rates: z.array(earnRate).max(50).refine((rates) => distinct(rates.map((rate) => rate.currency_code)), "earn_rates has the same currency twice"),
    order_bonus: z.number().int().min(0).max(100_000),
    plan_multipliers: z.array(planMultiplier).max(50).refine((rows) => distinct(rows.map((row) => row.plan_id)), "plan_multipliers has the same plan twice"),
    check_in_growth: z.number().int().min(0).max(100_000),
    streak_days: z.number().int().min(2).max(365).nullable(),
    streak_bonus: z.number().int().min(0).max(100_000),
    timezone: z.string().refine(isValidTimeZone, "timezone must be an IANA time zone such as Europe/Paris"),
  })
  .partial()
  .strict()
export type AdminUpdateTierProgramType = z.infer<typeof AdminUpdateTierProgram>

const distinctIds = (tiers: { id?: string }[]) => distinct(tiers.flatMap((tier) => (tier.id ? [tier.id] : [])))

const proposedTier = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().optional(),
    rank: z.number().int().min(1).max(100),
    threshold: z.number().int().min(0),
    rfm_min_spend: z.number().int().min(0).default(0),
    rfm_min_orders: z.number().int().min(0).default(0),
  })
  .strict()

export const AdminPreviewTiers = z
  .object({
    tiers: z
      .array(proposedTier)
      .max(100)
      .refine((tiers) => distinct(tiers.map((tier) => String(tier.rank))), "two proposed tiers have the same rank")
      .refine(distinctIds, "a tier id is proposed twice")
      .optional(),
    ...evaluationFields,
  })
  .partial()
  .strict()
export type AdminPreviewTiersType = z.infer<typeof AdminPreviewTiers>

const persona = z
  .object({
    name: z.string().trim().min(1).max(100),
    orders_per_month: z.number().min(0).max(1000),
    average_order_value: z.number().min(0).max(1_000_000),
    currency_code: currencyCode,
    check_ins_per_week: z.number().int().min(0).max(7),
    plan_id: z.string().min(1).nullable().default(null),
  })
  .strict()

export const AdminSimulateTiers = z
  .object({
    personas: z.array(persona).min(1, "add at least one persona").max(20),
    base: z.number().min(0).max(1_000_000_000).optional(),
    multipliers: z.array(z.number().min(0).max(10_000)).max(20).optional(),
  })
  .strict()
  .refine((body) => (body.base === undefined) === (body.multipliers === undefined), "base and multipliers go together")
export type AdminSimulateTiersType = z.infer<typeof AdminSimulateTiers>
