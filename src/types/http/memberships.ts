import type { Page, PageParams } from "./common"
import type { PlanInterval, RefundPolicy } from "./membership-plans"

export const MEMBERSHIP_STATUSES = ["trialing", "active", "past_due", "canceled", "expired"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

export const MEMBERSHIP_EVENT_TYPES = [
  "activated",
  "trial_started",
  "extended",
  "renewed",
  "payment_failed",
  "canceled",
  "resumed",
  "expired",
  "refunded",
  "plan_scheduled",
  "plan_switched",
  "payment_method_updated",
  "payment_method_removed",
] as const
export type MembershipEventType = (typeof MEMBERSHIP_EVENT_TYPES)[number]

/** Who caused a membership event. */
export const EVENT_ACTORS = ["system", "customer", "admin", "webhook"] as const
export type EventActor = (typeof EVENT_ACTORS)[number]

/** What paid for a period: an order buying the plan, a renewal charge, or a merchant's extension. */
export const PERIOD_SOURCES = ["purchase", "renewal", "manual"] as const
export type PeriodSource = (typeof PERIOD_SOURCES)[number]

export type Membership = {
  id: string
  customer_id: string
  /** The admin routes only; null when the customer record is gone. */
  customer?: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  plan: { id: string; name: string; interval: PlanInterval; interval_count: number } | null
  /** The plan the member switches to when the current period ends. */
  next_plan_id: string | null
  status: MembershipStatus
  current_period_start: string
  current_period_end: string
  trial_ends_at: string | null
  next_charge_at: string | null
  failed_attempts: number
  past_due_since: string | null
  canceled_at: string | null
  ended_at: string | null
  currency_code: string | null
  created_at: string
}

/** One entry of a membership's history; `from_status` and `to_status` are membership statuses. */
export type MembershipEvent = {
  id: string
  type: MembershipEventType
  from_status: string | null
  to_status: string | null
  cause: string
  actor: EventActor
  data: Record<string, unknown> | null
  occurred_at: string
}

export type MembershipPeriod = {
  id: string
  source: PeriodSource
  plan_id: string
  order_id: string | null
  starts_at: string
  ends_at: string
  amount: number
  currency_code: string | null
  refunded_amount: number
}

/** `GET /admin/membership/memberships/:id` → `{ membership }`: events and periods newest first. */
export type MembershipDetail = Membership & { events: MembershipEvent[]; periods: MembershipPeriod[] }

export type MembershipList = Page & { memberships: Membership[] }

export type MembershipListParams = PageParams & {
  status?: MembershipStatus
  plan_id?: string
  customer_id?: string
  order?: string
}

/** `GET /admin/membership/memberships/:id/refund-preview`: what cancelling now would refund. */
export type RefundPreview = {
  amount: number
  currency_code: string
  policy: RefundPolicy
  /** With the `benefits_used` policy: the value of the benefits used this period. */
  benefits_used?: number
}

export type CancelMembershipBody = { reason: string; refund?: boolean }
export type CancelMembershipResult = { membership: Membership; refund: RefundPreview | null }

export type ExtendMembershipBody = { days: number; reason: string }

/** `GET /store/membership/me` → `{ membership }` (null without one): the history without the periods. */
export type StoreMembership = Membership & {
  events: MembershipEvent[]
  /** What the next renewal charges, when one is due. */
  next_charge?: { at: string; amount: number; currency_code: string } | null
}

/** `POST /store/membership/me/payment-method/setup`; without `provider_id`, the provider renewals use. */
export type StartPaymentMethodSetupBody = { provider_id?: string }
/** For Stripe a SetupIntent: `id` and `client_secret` to confirm with Stripe.js. */
export type PaymentMethodSetup = { setup: { id: string; client_secret: string; provider_id: string } }

/** `POST /store/membership/me/payment-method`: renewals charge this saved payment method. */
export type SetPaymentMethodBody = { payment_method_id: string; provider_id?: string }
