import type { PlanPriceInput, PlanStatus, PlanTermsInput } from "../../types/http"

export { PLAN_INTERVALS, PLAN_STATUSES, REFUND_POLICIES } from "./models/membership-plan"
export { MEMBERSHIP_STATUSES } from "./models/membership"
export type { MembershipStatus } from "./models/membership"
export type { MembershipEventType, EventActor } from "./models/membership-event"
export type { PeriodSource } from "./models/membership-period"
export type { PlanInterval, PlanStatus, RefundPolicy } from "./models/membership-plan"
export type { PlanPriceInput, PlanTermsInput }

export type CreateMembershipPlanInput = PlanTermsInput & {
  name: string
  handle?: string
  description?: string | null
  status?: PlanStatus
  metadata?: Record<string, unknown> | null
  prices: PlanPriceInput[]
}

export type UpdateMembershipPlanInput = PlanTermsInput & {
  id: string
  name?: string
  description?: string | null
  status?: PlanStatus
  metadata?: Record<string, unknown> | null
  prices?: PlanPriceInput[]
}
