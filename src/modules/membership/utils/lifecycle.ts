import type { MembershipEventType, MembershipStatus, PlanInterval } from "../types"
import { nextRetryAt, pastDueEndsAt } from "./dunning"
import { addDays, addPeriod } from "./period"

export type PlanForLifecycle = {
  id: string
  interval: PlanInterval
  interval_count: number
  trial_days: number
  grace_days: number
  dunning_offsets: number[]
}

export type MembershipState = {
  id: string
  plan_id: string
  next_plan_id: string | null
  status: MembershipStatus
  current_period_start: Date
  current_period_end: Date
  trial_ends_at: Date | null
  next_charge_at: Date | null
  failed_attempts: number
  past_due_since: Date | null
  canceled_at: Date | null
  ended_at: Date | null
}

/** A membership's status and the dates that go with it: what a transition changes beside the plan. */
export const MEMBERSHIP_STATUS_FIELDS = [
  "next_plan_id",
  "status",
  "current_period_start",
  "current_period_end",
  "trial_ends_at",
  "next_charge_at",
  "failed_attempts",
  "past_due_since",
  "canceled_at",
  "ended_at",
] as const satisfies readonly (keyof MembershipState)[]

export type MembershipEventDraft = {
  type: MembershipEventType
  cause: string
  data?: Record<string, unknown>
}

/** A state change: the fields to write, the history entry, and the period granted if any. */
export type Transition = {
  update: Partial<MembershipState>
  event: MembershipEventDraft
  period?: { starts_at: Date; ends_at: Date; plan_id: string }
}

/** Statuses of a membership whose period still grants its plan (a canceled one until it ends). */
export const LIVE_STATUSES: MembershipStatus[] = ["trialing", "active", "past_due", "canceled"]

export const isLive = (status: MembershipStatus) => LIVE_STATUSES.includes(status)

/**
 * A paid order bought `plan`. No live membership: a new one starts now (as a trial when the
 * plan has one and the checkout charged nothing for it). The plan already held: the current
 * period grows by one period. Another plan: it is bought for the time after the current
 * period and takes over when that ends — or at once when the current period is unpaid (past
 * due). A live member never gets a trial, and has at most one plan scheduled (the caller
 * refuses the rest).
 */
export function purchaseTransition(
  current: MembershipState | null,
  plan: PlanForLifecycle,
  { now, trial, orderId }: { now: Date; trial: boolean; orderId: string }
): Transition {
  if (!current || !isLive(current.status)) {
    const end = trial ? addDays(now, plan.trial_days) : addPeriod(now, plan)
    return {
      update: {
        plan_id: plan.id,
        next_plan_id: null,
        status: trial ? "trialing" : "active",
        current_period_start: now,
        current_period_end: end,
        trial_ends_at: trial ? end : null,
        next_charge_at: end,
        failed_attempts: 0,
        past_due_since: null,
        canceled_at: null,
        ended_at: null,
      },
      event: {
        type: trial ? "trial_started" : "activated",
        cause: trial ? `Started a ${plan.trial_days}-day trial with order ${orderId}` : `Bought with order ${orderId}`,
        data: { order_id: orderId },
      },
      period: { starts_at: now, ends_at: end, plan_id: plan.id },
    }
  }

  if (current.plan_id === plan.id) {
    const end = addPeriod(current.current_period_end, plan)
    const recovering = current.status === "past_due"
    return {
      update: {
        current_period_end: end,
        next_charge_at: current.status === "canceled" ? null : end,
        ...(recovering || current.status === "trialing"
          ? { status: "active" as const, failed_attempts: 0, past_due_since: null }
          : {}),
      },
      event: {
        type: "extended",
        cause: `Bought another ${describe(plan)} with order ${orderId}`,
        data: { order_id: orderId, until: end.toISOString() },
      },
      period: { starts_at: current.current_period_end, ends_at: end, plan_id: plan.id },
    }
  }

  if (current.status === "past_due") {
    // The current plan's period is unpaid: the plan bought instead starts now.
    const end = addPeriod(now, plan)
    return {
      update: {
        plan_id: plan.id,
        status: "active",
        current_period_start: now,
        current_period_end: end,
        trial_ends_at: null,
        next_charge_at: end,
        failed_attempts: 0,
        past_due_since: null,
      },
      event: {
        type: "plan_switched",
        cause: `Bought plan ${plan.id} with order ${orderId} while past due; it starts now`,
        data: { order_id: orderId, from_plan_id: current.plan_id, to_plan_id: plan.id },
      },
      period: { starts_at: now, ends_at: end, plan_id: plan.id },
    }
  }

  const startsAt = current.current_period_end
  const end = addPeriod(startsAt, plan)
  return {
    update: { next_plan_id: plan.id, next_charge_at: current.status === "canceled" ? null : end },
    event: {
      type: "plan_scheduled",
      cause: `Bought plan ${plan.id} with order ${orderId}; it starts when the current period ends`,
      data: { order_id: orderId, plan_id: plan.id, starts_at: startsAt.toISOString() },
    },
    period: { starts_at: startsAt, ends_at: end, plan_id: plan.id },
  }
}

/** A renewal charge for the period due at `dueAt` went through: the next period starts where the last one ended. */
export function renewedTransition(current: MembershipState, plan: PlanForLifecycle, dueAt: Date, orderId: string): Transition {
  const end = addPeriod(dueAt, plan)
  return {
    update: {
      plan_id: plan.id,
      next_plan_id: null,
      status: "active",
      current_period_start: dueAt,
      current_period_end: end,
      trial_ends_at: current.status === "trialing" ? current.trial_ends_at : null,
      next_charge_at: end,
      failed_attempts: 0,
      past_due_since: null,
    },
    event: { type: "renewed", cause: `Renewed with order ${orderId}`, data: { order_id: orderId, until: end.toISOString() } },
    period: { starts_at: dueAt, ends_at: end, plan_id: plan.id },
  }
}

/**
 * The period due at `dueAt` was already paid for by an earlier purchase of the next plan: switch
 * to it for the length that was paid, however the current period moved since.
 */
export function prepaidSwitchTransition(current: MembershipState, nextPlan: PlanForLifecycle, dueAt: Date, paidLengthMs: number): Transition {
  const paidUntil = new Date(dueAt.getTime() + paidLengthMs)
  return {
    update: {
      plan_id: nextPlan.id,
      next_plan_id: null,
      status: current.status === "canceled" ? "canceled" : "active",
      current_period_start: dueAt,
      current_period_end: paidUntil,
      trial_ends_at: null,
      next_charge_at: current.status === "canceled" ? null : paidUntil,
      failed_attempts: 0,
      past_due_since: null,
    },
    event: {
      type: "plan_switched",
      cause: `Switched from plan ${current.plan_id} to plan ${nextPlan.id} at the end of the period`,
      data: { from_plan_id: current.plan_id, to_plan_id: nextPlan.id },
    },
  }
}

/**
 * A renewal charge failed. The member is past due and keeps the benefits while retries remain
 * or the grace period lasts; the next retry follows the plan's dunning offsets.
 */
export function chargeFailedTransition(
  current: MembershipState,
  plan: PlanForLifecycle,
  { dueAt, now, reason }: { dueAt: Date; now: Date; reason: string }
): Transition {
  const failed = current.failed_attempts + 1
  const retryAt = nextRetryAt(dueAt, plan.dunning_offsets, failed)
  return {
    update: {
      status: "past_due",
      failed_attempts: failed,
      past_due_since: current.past_due_since ?? now,
      next_charge_at: retryAt,
    },
    event: {
      type: "payment_failed",
      cause: retryAt
        ? `Renewal payment failed (${reason}); retry ${failed} of ${plan.dunning_offsets.length} on ${retryAt.toISOString()}`
        : `Renewal payment failed (${reason}); no retries left, benefits end on ${pastDueEndsAt(dueAt, plan.dunning_offsets, plan.grace_days).toISOString()}`,
      data: { attempt: failed, due_at: dueAt.toISOString(), retry_at: retryAt?.toISOString() ?? null, reason },
    },
  }
}

/** A merchant ends the membership now; the refund (if any) is part of the history entry. */
export function canceledNowTransition(
  reason: string,
  now: Date,
  refund: { amount: number; currency_code: string | null; policy: string }
): Transition {
  const refunded = refund.amount > 0 ? `; refunded ${refund.amount} ${refund.currency_code?.toUpperCase()} (${refund.policy})` : "; no refund"
  return {
    update: { status: "expired", current_period_end: now, canceled_at: now, ended_at: now, next_charge_at: null, next_plan_id: null },
    event: { type: "canceled", cause: `${reason}${refunded}`, data: { immediately: true, refund } },
  }
}

/**
 * A renewal charge that was accepted failed later (an asynchronous payment such as a bank
 * debit). The renewed period is taken back: the member is past due from the original due
 * date, on the dunning schedule as if that attempt had failed at once.
 */
export function lateChargeFailureTransition(
  current: MembershipState,
  plan: PlanForLifecycle,
  { dueAt, attempt, previousStart, reason, now }: { dueAt: Date; attempt: number; previousStart: Date; reason: string; now: Date }
): Transition {
  if (current.status === "expired" || current.current_period_start.getTime() !== dueAt.getTime()) {
    // The membership ended or moved on since: nothing to take back, only the fact to record.
    return {
      update: {},
      event: {
        type: "payment_failed",
        cause: `A renewal payment failed after it was accepted (${reason}); the membership had already ended or moved on`,
        data: { attempt, due_at: dueAt.toISOString(), reason, late: true },
      },
    }
  }
  if (current.status === "canceled") {
    // Auto-renew was off: the unpaid period is taken back and the membership ends.
    return {
      update: { status: "expired", current_period_start: previousStart, current_period_end: dueAt, next_charge_at: null, ended_at: now },
      event: {
        type: "payment_failed",
        cause: `The renewal payment failed after it was accepted (${reason}); the renewed period was taken back and, auto-renew being off, the membership ended`,
        data: { attempt, due_at: dueAt.toISOString(), reason, late: true },
      },
    }
  }
  const retryAt = nextRetryAt(dueAt, plan.dunning_offsets, attempt)
  return {
    update: {
      status: "past_due",
      current_period_start: previousStart,
      current_period_end: dueAt,
      failed_attempts: attempt,
      past_due_since: current.past_due_since ?? now,
      next_charge_at: retryAt && retryAt < now ? now : retryAt,
    },
    event: {
      type: "payment_failed",
      cause: `The renewal payment failed after it was accepted (${reason}); the renewed period was taken back`,
      data: { attempt, due_at: dueAt.toISOString(), retry_at: retryAt?.toISOString() ?? null, reason, late: true },
    },
  }
}

/**
 * The order that paid `period` was canceled (and refunded) in Medusa: the time it bought is
 * taken back — a plan bought ahead is unscheduled; the latest stretch of the current plan is cut
 * off, ending the membership if nothing paid is left. An older period is only recorded.
 */
export function orderRevokedTransition(
  current: MembershipState,
  period: { plan_id: string; starts_at: Date; ends_at: Date },
  orderId: string,
  now: Date
): Transition {
  const cause = `Order ${orderId} was canceled and refunded`
  if (current.next_plan_id === period.plan_id && period.starts_at >= current.current_period_end) {
    return {
      update: { next_plan_id: null, next_charge_at: current.status === "canceled" ? null : current.current_period_end },
      event: { type: "refunded", cause: `${cause}; the plan bought ahead was unscheduled`, data: { order_id: orderId } },
    }
  }
  if (period.ends_at.getTime() === current.current_period_end.getTime() && isLive(current.status)) {
    const end = period.starts_at
    if (end <= now) {
      return {
        update: { status: "expired", current_period_end: now, next_charge_at: null, next_plan_id: null, ended_at: now },
        event: { type: "refunded", cause: `${cause}; the membership it paid for ended`, data: { order_id: orderId } },
      }
    }
    return {
      update: { current_period_end: end, next_charge_at: current.status === "canceled" ? null : end },
      event: { type: "refunded", cause: `${cause}; the period it paid for was taken back`, data: { order_id: orderId, until: end.toISOString() } },
    }
  }
  return { update: {}, event: { type: "refunded", cause: `${cause}; the period it paid for is over`, data: { order_id: orderId } } }
}

export function expiredTransition(cause: string, now: Date): Transition {
  return {
    update: { status: "expired", next_charge_at: null, next_plan_id: null, ended_at: now },
    event: { type: "expired", cause },
  }
}

/** Auto-renew off: the member keeps the benefits until the period ends, and is not charged again. */
export function cancelAtPeriodEndTransition(current: MembershipState, now: Date, cause: string): Transition {
  return {
    update: { status: "canceled", canceled_at: now, next_charge_at: null },
    event: { type: "canceled", cause, data: { at_period_end: true, ends_at: current.current_period_end.toISOString() } },
  }
}

/** Auto-renew back on: charged again when the period ends (a trial goes back to trialing). */
export function resumeTransition(current: MembershipState): Transition {
  const trialing = current.trial_ends_at !== null && current.trial_ends_at.getTime() === current.current_period_end.getTime()
  return {
    update: { status: trialing ? "trialing" : "active", canceled_at: null, next_charge_at: current.current_period_end },
    event: { type: "resumed", cause: "Auto-renew turned back on" },
  }
}

export function extendTransition(current: MembershipState, days: number, reason: string): Transition {
  const end = addDays(current.current_period_end, days)
  return {
    update: {
      current_period_end: end,
      next_charge_at: current.next_charge_at && current.status !== "past_due" ? end : current.next_charge_at,
    },
    event: { type: "extended", cause: reason, data: { days, until: end.toISOString() } },
    period: { starts_at: current.current_period_end, ends_at: end, plan_id: current.plan_id },
  }
}

/** When a past-due membership loses its benefits; null for other states. */
export function pastDueExpiry(current: MembershipState, plan: PlanForLifecycle): Date | null {
  if (current.status !== "past_due") {
    return null
  }
  return pastDueEndsAt(current.current_period_end, plan.dunning_offsets, plan.grace_days)
}

function describe(plan: PlanForLifecycle) {
  return `${plan.interval_count} ${plan.interval}${plan.interval_count === 1 ? "" : "s"}`
}
