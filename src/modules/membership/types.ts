import type { PlanPriceInput, PlanStatus, PlanTermsInput } from "../../types/http"

export { PLAN_INTERVALS, PLAN_STATUSES, REFUND_POLICIES } from "./models/membership-plan"
export { MEMBERSHIP_STATUSES } from "./models/membership"
export type { MembershipStatus } from "./models/membership"
export type { MembershipEventType, EventActor } from "./models/membership-event"
export type { PeriodSource } from "./models/membership-period"
export type { PlanInterval, PlanStatus, RefundPolicy } from "./models/membership-plan"
export type { PlanPriceInput, PlanTermsInput }

/** What creating and updating a plan both take. */
type MembershipPlanFields = PlanTermsInput & {
  description?: string | null
  status?: PlanStatus
  metadata?: Record<string, unknown> | null
}

export type CreateMembershipPlanInput = MembershipPlanFields & { name: string; handle?: string; prices: PlanPriceInput[] }

export type UpdateMembershipPlanInput = MembershipPlanFields & { id: string; name?: string; prices?: PlanPriceInput[] }
