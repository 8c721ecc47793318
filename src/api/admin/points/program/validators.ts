import { z } from "@medusajs/framework/zod"
import { isValidTimeZone } from "../../../../modules/tier"
import { POINTS_EXPIRY_MODES } from "../../../../modules/points"

const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO code").transform((code) => code.toLowerCase())

const distinct = (values: string[]) => new Set(values).size === values.length
const distinctCurrencies = (rates: { currency_code: string }[]) => distinct(rates.map((rate) => rate.currency_code))

// A refinement, not .positive(): Medusa words a too_small issue "expected at least: '0'".
const pointsPerUnit = z
  .number()
  .max(1_000_000)
  .refine((points) => points > 0, "points_per_unit must be more than 0 (leave a currency out to earn or redeem no points in it)")

const earnRate = z
  .object({
    currency_code: currencyCode,
    points_per_unit: pointsPerUnit,
    min_order: z.number().min(0).max(1_000_000_000).default(0),
  })
  .strict()

const redemptionRate = z.object({ currency_code: currencyCode, points_per_unit: pointsPerUnit }).strict()

const tierMultiplier = z.object({ tier_id: z.string().min(1), multiplier: z.number().min(0).max(100) }).strict()

export const AdminUpdatePointsProgram = z
  .object({
    earn_rates: z.array(earnRate).max(50).refine(distinctCurrencies, "earn_rates has the same currency twice"),
    redemption_rates: z.array(redemptionRate).max(50).refine(distinctCurrencies, "redemption_rates has the same currency twice"),
    exclude_shipping: z.boolean(),
    exclude_tax: z.boolean(),
    tier_multipliers: z
      .array(tierMultiplier)
      .max(100)
      .refine((rows) => distinct(rows.map((row) => row.tier_id)), "tier_multipliers has the same tier twice"),
    pending_days: z.number().int().min(0).max(365),
    expiry_mode: z.enum(POINTS_EXPIRY_MODES),
    expiry_days: z.number().int().min(1).max(3650),
    max_share_percent: z.number().min(0).max(100),
    min_redemption: z.number().int().min(0).max(1_000_000_000),
    timezone: z.string().refine(isValidTimeZone, "timezone must be an IANA time zone such as Europe/Paris"),
  })
  .partial()
  .strict()
export type AdminUpdatePointsProgramType = z.infer<typeof AdminUpdatePointsProgram>
