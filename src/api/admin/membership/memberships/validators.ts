import { z } from "@medusajs/framework/zod"
import { MEMBERSHIP_STATUSES } from "../../../../modules/membership/types"
import { listParams } from "../../../utils/list-params"

export const AdminListMembershipsParams = listParams.extend({
  plan_id: z.string().min(1).optional(),
  customer_id: z.string().min(1).optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
})
export type AdminListMembershipsParamsType = z.infer<typeof AdminListMembershipsParams>

const reason = z.string().trim().min(1, "reason is required").max(1000)

export const AdminCancelMembership = z
  .object({
    reason,
    refund: z.boolean().optional(),
  })
  .strict()
export type AdminCancelMembershipType = z.infer<typeof AdminCancelMembership>

export const AdminExtendMembership = z
  .object({
    days: z.number().int().min(1).max(3650),
    reason,
  })
  .strict()
export type AdminExtendMembershipType = z.infer<typeof AdminExtendMembership>
