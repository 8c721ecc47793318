import { z } from "@medusajs/framework/zod"
import { MEMBERSHIP_STATUSES } from "../../../../modules/membership"
import { sortableListParams } from "../../../utils/list-params"

const MEMBERSHIP_SORT_FIELDS = [
  "status",
  "customer_id",
  "currency_code",
  "created_at",
  "current_period_start",
  "current_period_end",
  "trial_ends_at",
  "next_charge_at",
  "canceled_at",
  "ended_at",
]

export const AdminListMembershipsParams = sortableListParams(MEMBERSHIP_SORT_FIELDS).extend({
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
