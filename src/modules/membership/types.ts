import type { PlanInterval, PlanStatus, RefundPolicy } from "./models/membership-plan"

export { PLAN_INTERVALS, PLAN_STATUSES, REFUND_POLICIES } from "./models/membership-plan"
export { MEMBERSHIP_STATUSES } from "./models/membership"
export type { MembershipStatus } from "./models/membership"
export type { MembershipEventType, EventActor } from "./models/membership-event"
export type { PeriodSource } from "./models/membership-period"
export type { PlanInterval, PlanStatus, RefundPolicy }

/** A plan price in one currency. With `min_tier_rank`, only shoppers of that tier rank or above pay it. */
export type PlanPriceInput = {
  currency_code: string
  amount: number
  min_tier_rank?: number | null
}

export type PlanTermsInput = {
  interval?: PlanInterval
  interval_count?: number
  trial_days?: number
  grace_days?: number
  dunning_offsets?: number[]
  refund_policy?: RefundPolicy
}

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
