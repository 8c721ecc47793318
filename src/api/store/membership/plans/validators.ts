import { z } from "@medusajs/framework/zod"
import { sortableListParams } from "../../../utils/list-params"

export const StoreListPlansParams = sortableListParams(["name", "handle", "interval", "interval_count", "trial_days"]).extend({
  /** Price the plans in this currency (default: the store's default currency), or in this region's. */
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")
    .transform((code) => code.toLowerCase())
    .optional(),
  region_id: z.string().min(1).optional(),
})
export type StoreListPlansParamsType = z.infer<typeof StoreListPlansParams>
