import { z } from "@medusajs/framework/zod"
import { PLAN_STATUSES } from "../../../../modules/membership/types"
import { listParams } from "../../../utils/list-params"

export const AdminListPlansParams = listParams.extend({
  q: z.string().trim().min(1).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
})
export type AdminListPlansParamsType = z.infer<typeof AdminListPlansParams>

export const AdminCreatePlan = z
  .object({
    name: z.string().trim().min(1).max(200),
    handle: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle may only use lowercase letters, digits and single hyphens")
      .max(100)
      .optional(),
    description: z.string().trim().max(5000).nullish(),
    status: z.enum(PLAN_STATUSES).optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminCreatePlanType = z.infer<typeof AdminCreatePlan>
