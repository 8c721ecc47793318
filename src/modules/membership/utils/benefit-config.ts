import { z } from "@medusajs/framework/zod"
import type { BenefitType } from "../models/membership-benefit"
import { fitsCurrencyPrecision } from "./member-prices"
import { currencyDigits } from "../../../lib/money"
import { COUPON_VALUE_TYPES, DISCOUNT_SCOPES, PARTNER_CODE_SOURCES, PARTNER_ENTITLEMENTS } from "../../../types/http"

export { PARTNER_ENTITLEMENTS }

const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO currency code").transform((code) => code.toLowerCase())
const ids = z.array(z.string().min(1)).max(200)
const money = z.number().min(0).max(1_000_000_000)
const finerThanCurrency = (currencyCode: string) => `${currencyCode.toUpperCase()} amounts have at most ${currencyDigits(currencyCode)} decimals`

/** Each benefit type's settings; `BENEFIT_CONFIGS[type].parse(config)` names the field that is wrong. */
export const BENEFIT_CONFIGS = {
  member_price: z.object({}).strict(),
  member_discount: z
    .object({
      percentage: z.number().gt(0).max(100),
      scope: z.enum(DISCOUNT_SCOPES),
      category_ids: ids.optional(),
      collection_ids: ids.optional(),
    })
    .strict()
    .refine((config) => config.scope !== "categories" || Boolean(config.category_ids?.length), {
      message: "category_ids is required when the scope is categories",
      path: ["category_ids"],
    })
    .refine((config) => config.scope !== "collections" || Boolean(config.collection_ids?.length), {
      message: "collection_ids is required when the scope is collections",
      path: ["collection_ids"],
    }),
  free_shipping: z
    .object({
      shipping_option_ids: ids.min(1).nullable().default(null),
      min_subtotal: z
        .array(
          z
            .object({ currency_code: currencyCode, amount: money })
            .strict()
            .superRefine((row, ctx) => {
              if (!fitsCurrencyPrecision(row.amount, row.currency_code)) {
                ctx.addIssue({ code: "custom", path: ["amount"], message: finerThanCurrency(row.currency_code) })
              }
            })
        )
        .max(50)
        .default([]),
    })
    .strict(),
  coupon_drop: z
    .object({
      codes_per_month: z.number().int().min(1).max(20),
      value_type: z.enum(COUPON_VALUE_TYPES),
      value: z.number().gt(0).max(1_000_000),
      currency_code: currencyCode.optional(),
      valid_days: z.number().int().min(1).max(366).default(30),
    })
    .strict()
    .refine((config) => config.value_type !== "fixed" || Boolean(config.currency_code), {
      message: "currency_code is required for a fixed-value coupon",
      path: ["currency_code"],
    })
    .superRefine((config, ctx) => {
      if (config.value_type === "fixed" && config.currency_code && !fitsCurrencyPrecision(config.value, config.currency_code)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: finerThanCurrency(config.currency_code) })
      }
    })
    .refine((config) => config.value_type !== "percentage" || config.value <= 100, {
      message: "a percentage coupon is at most 100",
      path: ["value"],
    }),
  points_multiplier: z.object({ multiplier: z.number().gt(1).max(100) }).strict(),
  service: z.object({ details: z.string().max(2000).optional(), contact: z.string().max(200).optional() }).strict(),
  identity: z.object({ label: z.string().trim().min(1).max(100) }).strict(),
  // A co-branded benefit fulfilled by a partner with codes; its value is `cost_per_use`.
  partner: z
    .object({
      partner_id: z.string().min(1),
      entitlement: z.enum(PARTNER_ENTITLEMENTS).default("period"),
      code_source: z.enum(PARTNER_CODE_SOURCES).default("pool"),
      code_valid_days: z.number().int().min(1).max(3660).nullable().default(null),
      low_stock_threshold: z.number().int().min(0).max(1_000_000).default(10),
      void_window_hours: z.number().int().min(0).max(8760).default(72),
    })
    .strict(),
} as const


/**
 * The config a benefit of this type stores (defaults filled in), or the first problem with
 * it as "config.<field>: <message>".
 */
export function parseBenefitConfig(type: BenefitType, config: unknown): { config: Record<string, unknown> } | { error: string } {
  const parsed = BENEFIT_CONFIGS[type].safeParse(config ?? {})
  if (parsed.success) {
    return { config: parsed.data as Record<string, unknown> }
  }
  const issue = parsed.error.issues[0]
  return { error: `config${issue.path.map((part) => `.${String(part)}`).join("")}: ${issue.message}` }
}
