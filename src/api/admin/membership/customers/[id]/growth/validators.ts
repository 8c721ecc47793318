import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../../../utils/list-params"

export const AdminListGrowthParams = listParams
export type AdminListGrowthParamsType = z.infer<typeof AdminListGrowthParams>

export const AdminAdjustGrowth = z
  .object({
    amount: z
      .number()
      .int()
      .min(-10_000_000)
      .max(10_000_000)
      .refine((amount) => amount !== 0, "amount must not be 0"),
    note: z.string().trim().min(1, "note is required: say why growth is adjusted").max(1000),
    /** Sent again with a retry, makes the retry write nothing. */
    idempotency_key: z.string().trim().min(8).max(200).optional(),
  })
  .strict()
export type AdminAdjustGrowthType = z.infer<typeof AdminAdjustGrowth>
