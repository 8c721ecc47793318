import { z } from "@medusajs/framework/zod"
import { isoDate } from "../../../utils/iso-date"

const DAY_MS = 86_400_000
/** A summary with no range covers the last 30 days. */
export const DEFAULT_RANGE_DAYS = 30

/**
 * The range of an insights request: `from` included, `to` excluded (now by default; `from` then
 * 30 days before `to`), an optional currency to keep, and `format=csv` for a CSV download.
 */
export const AdminInsightsSummaryParams = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a three-letter ISO 4217 code")
      .transform((code) => code.toLowerCase())
      .optional(),
    format: z.enum(["json", "csv"]).optional(),
  })
  .strict()
  .transform(({ from, to, ...rest }) => {
    const end = to ?? new Date()
    return { ...rest, to: end, from: from ?? new Date(end.getTime() - DEFAULT_RANGE_DAYS * DAY_MS) }
  })
  .refine(({ from, to }) => from < to, { message: "from must be before to", path: ["from"] })
export type AdminInsightsSummaryParamsType = z.infer<typeof AdminInsightsSummaryParams>
