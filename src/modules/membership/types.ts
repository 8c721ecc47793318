import type { PlanStatus } from "./models/membership-plan"

export { PLAN_STATUSES } from "./models/membership-plan"
export type { PlanStatus }

export type CreateMembershipPlanInput = {
  name: string
  handle?: string
  description?: string | null
  status?: PlanStatus
  metadata?: Record<string, unknown> | null
}
