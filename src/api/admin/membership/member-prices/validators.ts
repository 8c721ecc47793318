import { z } from "@medusajs/framework/zod"
import { currencyDigits } from "../../../../lib/money"
import { fitsCurrencyPrecision } from "../../../../modules/membership"

const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO currency code").transform((code) => code.toLowerCase())

export const AdminGetMemberPricesParams = z.object({ product_id: z.string().min(1) })
export type AdminGetMemberPricesParamsType = z.infer<typeof AdminGetMemberPricesParams>

const memberPriceRow = z
  .object({
    variant_id: z.string().min(1),
    benefit_id: z.string().min(1),
    currency_code: currencyCode,
    amount: z.number().min(0).max(1_000_000_000_000).nullable(),
  })
  .strict()

/** One row per variant, benefit and currency; `amount: null` removes that member price. */
export const AdminSetMemberPrices = z
  .object({ product_id: z.string().min(1), prices: z.array(memberPriceRow).max(1000) })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    let repeated = false
    body.prices.forEach((row, index) => {
      if (row.amount !== null && !fitsCurrencyPrecision(row.amount, row.currency_code)) {
        ctx.addIssue({
          code: "custom",
          path: ["prices", index, "amount"],
          message: `${row.currency_code.toUpperCase()} amounts have at most ${currencyDigits(row.currency_code)} decimals`,
        })
      }
      const key = `${row.variant_id}:${row.benefit_id}:${row.currency_code}`
      if (seen.has(key) && !repeated) {
        repeated = true
        ctx.addIssue({
          code: "custom",
          path: ["prices", index],
          message: `repeats variant ${row.variant_id}, benefit ${row.benefit_id}, ${row.currency_code.toUpperCase()}`,
        })
      }
      seen.add(key)
    })
  })
export type AdminSetMemberPricesType = z.infer<typeof AdminSetMemberPrices>
