import { z } from "@medusajs/framework/zod"
import { MAX_POINTS_MOVEMENT } from "../../../../../modules/points"

/** `{ points: N }` (a whole number from 1 to 1e9) or `{ points: "max" }`. */
export const StoreApplyCartPoints = z
  .object({
    points: z.union([z.literal("max"), z.number().int().positive().max(MAX_POINTS_MOVEMENT)]),
  })
  .strict()
export type StoreApplyCartPointsType = z.infer<typeof StoreApplyCartPoints>
