import { z } from "@medusajs/framework/zod"
import { PLAN_INTERVALS, PLAN_STATUSES, REFUND_POLICIES, fitsCurrencyPrecision, missingBasePriceCurrencies } from "../../../../modules/membership"
import { currencyDigits } from "../../../../lib/money"
import { sortableListParams } from "../../../utils/list-params"

const PLAN_SORT_FIELDS = ["name", "handle", "status", "interval", "interval_count", "trial_days", "created_at", "updated_at"]

export const AdminListPlansParams = sortableListParams(PLAN_SORT_FIELDS).extend({
  q: z.string().trim().min(1).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
})
export type AdminListPlansParamsType = z.infer<typeof AdminListPlansParams>

const PlanPrice = z
  .object({
    currency_code: z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")
      .transform((code) => code.toLowerCase()),
    amount: z.number().finite().nonnegative().max(1_000_000_000),
    min_tier_rank: z.number().int().min(1).max(1000).nullish(),
  })
  .strict()

const prices = z
  .array(PlanPrice)
  .min(1, "prices needs at least one price")
  .max(200)
  .superRefine((list, ctx) => {
    const missing = missingBasePriceCurrencies(list)
    if (missing.length) {
      ctx.addIssue({ code: "custom", message: `prices needs a price without min_tier_rank in ${missing.join(", ")}` })
    }
    const seen = new Set<string>()
    list.forEach((price, index) => {
      if (!fitsCurrencyPrecision(price.amount, price.currency_code)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "amount"],
          message: `prices.${index}.amount: ${price.currency_code.toUpperCase()} amounts have at most ${currencyDigits(price.currency_code)} decimals`,
        })
      }
      const key = `${price.currency_code}:${price.min_tier_rank ?? ""}`
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", message: `prices has two prices for ${key.replace(/:$/, "")}` })
      }
      seen.add(key)
    })
  })

const terms = {
  description: z.string().trim().max(5000).nullish(),
  status: z.enum(PLAN_STATUSES).optional(),
  interval: z.enum(PLAN_INTERVALS).optional(),
  interval_count: z.number().int().min(1).max(3650).optional(),
  trial_days: z.number().int().min(0).max(365).optional(),
  grace_days: z.number().int().min(0).max(365).optional(),
  dunning_offsets: z
    .array(z.number().int().min(1).max(365))
    .max(10)
    .refine((offsets) => offsets.every((day, i) => i === 0 || day > offsets[i - 1]), {
      message: "dunning_offsets must be ascending days, e.g. [1, 3, 5]",
    })
    .optional(),
  refund_policy: z.enum(REFUND_POLICIES).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreatePlan = z
  .object({
    name: z.string().trim().min(1).max(200),
    handle: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle may only use lowercase letters, digits and single hyphens")
      .max(100)
      .optional(),
    prices,
    ...terms,
  })
  .strict()
export type AdminCreatePlanType = z.infer<typeof AdminCreatePlan>

export const AdminUpdatePlan = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    prices: prices.optional(),
    ...terms,
  })
  .strict()
export type AdminUpdatePlanType = z.infer<typeof AdminUpdatePlan>
