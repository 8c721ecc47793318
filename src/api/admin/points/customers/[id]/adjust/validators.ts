import { z } from "@medusajs/framework/zod"

/** The most one adjustment may move either way. */
export const MAX_POINTS_ADJUSTMENT = 100_000_000

export const AdminAdjustPoints = z
  .object({
    points: z
      .number()
      .int("points must be a whole number")
      .min(-MAX_POINTS_ADJUSTMENT)
      .max(MAX_POINTS_ADJUSTMENT)
      .refine((points) => points !== 0, "points must not be 0"),
    reason: z.string().trim().min(1, "reason is required: say why the points are adjusted").max(1000),
    /** Sent again with a retry, makes the retry write nothing. */
    idempotency_key: z.string().trim().min(8).max(200).optional(),
  })
  .strict()
export type AdminAdjustPointsType = z.infer<typeof AdminAdjustPoints>
