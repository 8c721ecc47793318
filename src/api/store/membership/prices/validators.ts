import { z } from "@medusajs/framework/zod"

/** `variant_ids` as a comma-separated list (`a,b`) or repeated (`variant_ids[]=a&variant_ids[]=b`). */
export const StoreMemberPricesParams = z.object({
  region_id: z.string().min(1),
  variant_ids: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",") : value),
    z.array(z.string().trim().min(1)).min(1).max(100)
  ),
})
export type StoreMemberPricesParamsType = z.infer<typeof StoreMemberPricesParams>
