import { MedusaError } from "@medusajs/framework/utils"
import { type MembershipModuleService, type ApplyTransitionInput, type EventActor, normalizeOffsets, cancelAtPeriodEndTransition, canceledNowTransition, chargeFailedTransition, expiredTransition, extendTransition, isLive, lateChargeFailureTransition, orderRevokedTransition, type MembershipState, type PlanForLifecycle, prepaidSwitchTransition, purchaseTransition, renewedTransition, resumeTransition } from "../../../modules/membership"

/** What a workflow asks the membership module to do; the step turns it into a transition on fresh state. */
export type MembershipCommand =
  | {
      kind: "purchase"
      customer_id: string
      plan_id: string
      order_id: string
      amount: number
      currency_code: string
      region_id: string | null
      sales_channel_id: string | null
      email: string | null
      payment_provider_id: string | null
      payment_method_id: string | null
      now: Date
    }
  | { kind: "renewed"; membership_id: string; plan_id: string; due_at: Date; order_id: string; amount: number; currency_code: string; now: Date }
  | { kind: "prepaid_switch"; membership_id: string; due_at: Date; now: Date }
  | { kind: "charge_failed"; membership_id: string; due_at: Date; reason: string; now: Date }
  | { kind: "expire"; membership_id: string; cause: string; actor: EventActor; now: Date }
  | { kind: "cancel_at_period_end"; membership_id: string; actor: EventActor; cause: string; now: Date }
  | { kind: "resume"; membership_id: string; actor: EventActor; now: Date }
  | { kind: "extend"; membership_id: string; days: number; reason: string; actor: EventActor; now: Date }
  | { kind: "payment_method_removed"; membership_id: string; payment_method_id: string; now: Date }
  | { kind: "revoke_order"; membership_id: string; order_id: string; now: Date }
  | { kind: "payment_method_set"; membership_id: string; provider_id: string; payment_method_id: string; now: Date }
  | { kind: "payment_method_updated"; membership_id: string; payment_method_id: string; details: Record<string, unknown>; now: Date }
  | { kind: "late_charge_failure"; membership_id: string; charge_id: string; reason: string; now: Date }
  | {
      kind: "cancel_now"
      membership_id: string
      reason: string
      refund: { amount: number; currency_code: string | null; policy: string }
      now: Date
    }

const asDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value))

export async function loadState(membership: MembershipModuleService, id: string): Promise<MembershipState> {
  const row = await membership.retrieveMembership(id)
  return {
    ...(row as unknown as MembershipState),
    current_period_start: asDate(row.current_period_start)!,
    current_period_end: asDate(row.current_period_end)!,
    trial_ends_at: asDate(row.trial_ends_at),
    next_charge_at: asDate(row.next_charge_at),
    past_due_since: asDate(row.past_due_since),
    canceled_at: asDate(row.canceled_at),
    ended_at: asDate(row.ended_at),
  }
}

export async function loadPlan(membership: MembershipModuleService, id: string): Promise<PlanForLifecycle> {
  const plan = await membership.retrieveMembershipPlan(id)
  return { ...plan, dunning_offsets: normalizeOffsets(plan.dunning_offsets) } as PlanForLifecycle
}

/** Builds the `applyTransition` input for a command, reading the membership and plan as they are now. */
export async function transitionFor(
  membership: MembershipModuleService,
  command: MembershipCommand
): Promise<ApplyTransitionInput> {
  const now = new Date(command.now)
  switch (command.kind) {
    case "purchase": {
      const [existing] = await membership.listMemberships({ customer_id: command.customer_id })
      const current = existing ? await loadState(membership, existing.id) : null
      const plan = await loadPlan(membership, command.plan_id)
      const trial = plan.trial_days > 0 && command.amount === 0
      if (current && isLive(current.status) && (trial || current.next_plan_id)) {
        // The checkout refuses both; an order that slipped through grants nothing extra.
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          trial ? "A member cannot start a free trial" : "The member already has a plan scheduled after this period"
        )
      }
      const payment = { payment_provider_id: command.payment_provider_id, payment_method_id: command.payment_method_id }
      return {
        membership_id: current?.id,
        create: {
          customer_id: command.customer_id,
          email: command.email,
          region_id: command.region_id,
          currency_code: command.currency_code,
          sales_channel_id: command.sales_channel_id,
          ...payment,
        },
        also: current && command.payment_provider_id ? payment : undefined,
        transition: purchaseTransition(current, plan, { now, trial, orderId: command.order_id }),
        actor: "customer",
        occurred_at: now,
        period: { source: "purchase", order_id: command.order_id, amount: command.amount, currency_code: command.currency_code },
      }
    }
    case "renewed": {
      const current = await loadState(membership, command.membership_id)
      const plan = await loadPlan(membership, command.plan_id)
      return {
        membership_id: current.id,
        transition: renewedTransition(current, plan, new Date(command.due_at), command.order_id),
        actor: "system",
        occurred_at: now,
        period: { source: "renewal", order_id: command.order_id, amount: command.amount, currency_code: command.currency_code },
      }
    }
    case "prepaid_switch": {
      const current = await loadState(membership, command.membership_id)
      if (!current.next_plan_id) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Membership ${current.id} has no next plan`)
      }
      const nextPlan = await loadPlan(membership, current.next_plan_id)
      const prepaid = await prepaidPeriod(membership, current)
      const paidLength = prepaid ? new Date(prepaid.ends_at).getTime() - new Date(prepaid.starts_at).getTime() : 0
      return {
        membership_id: current.id,
        transition: prepaidSwitchTransition(current, nextPlan, new Date(command.due_at), paidLength),
        actor: "system",
        occurred_at: now,
      }
    }
    case "charge_failed": {
      const current = await loadState(membership, command.membership_id)
      const plan = await loadPlan(membership, current.plan_id)
      return {
        membership_id: current.id,
        transition: chargeFailedTransition(current, plan, { dueAt: new Date(command.due_at), now, reason: command.reason }),
        actor: "system",
        occurred_at: now,
      }
    }
    case "expire":
      return { membership_id: command.membership_id, transition: expiredTransition(command.cause, now), actor: command.actor, occurred_at: now }
    case "cancel_at_period_end": {
      const current = await loadState(membership, command.membership_id)
      assertStatus(current, ["trialing", "active", "past_due"], "turn auto-renew off")
      return {
        membership_id: current.id,
        transition: cancelAtPeriodEndTransition(current, now, command.cause),
        actor: command.actor,
        occurred_at: now,
      }
    }
    case "cancel_now": {
      const current = await loadState(membership, command.membership_id)
      assertStatus(current, ["trialing", "active", "past_due", "canceled"], "cancel")
      return {
        membership_id: current.id,
        transition: canceledNowTransition(command.reason, now, command.refund),
        actor: "admin",
        occurred_at: now,
      }
    }
    case "payment_method_removed":
      return {
        membership_id: command.membership_id,
        also: { payment_method_id: null },
        transition: {
          update: {},
          event: {
            type: "payment_method_removed",
            cause: "The saved payment method was removed at the payment provider; renewals need a new one",
            data: { payment_method_id: command.payment_method_id },
          },
        },
        actor: "webhook",
        occurred_at: now,
      }
    case "revoke_order": {
      const current = await loadState(membership, command.membership_id)
      const [period] = await membership.listMembershipPeriods({ order_id: command.order_id })
      if (!period) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${command.order_id} paid for no membership period`)
      }
      const transition = orderRevokedTransition(
        current,
        { plan_id: period.plan_id, starts_at: new Date(period.starts_at), ends_at: new Date(period.ends_at) },
        command.order_id,
        now
      )
      return {
        membership_id: current.id,
        void_period_id: Object.keys(transition.update).length ? period.id : undefined,
        transition,
        actor: "system",
        occurred_at: now,
      }
    }
    case "payment_method_set": {
      const current = await loadState(membership, command.membership_id)
      assertStatus(current, ["trialing", "active", "past_due", "canceled"], "change the payment method")
      const retryNow = current.status === "past_due" && (!current.next_charge_at || current.next_charge_at > now)
      return {
        membership_id: current.id,
        also: { payment_provider_id: command.provider_id, payment_method_id: command.payment_method_id },
        transition: {
          update: retryNow ? { next_charge_at: now } : {},
          event: {
            type: "payment_method_updated",
            cause: retryNow ? "The member saved a new payment method; the renewal is retried with it" : "The member saved a new payment method",
            data: { payment_method_id: command.payment_method_id },
          },
        },
        actor: "customer",
        occurred_at: now,
      }
    }
    case "payment_method_updated":
      return {
        membership_id: command.membership_id,
        transition: {
          update: {},
          event: {
            type: "payment_method_updated",
            cause: "The saved payment method was updated at the payment provider",
            data: { payment_method_id: command.payment_method_id, ...command.details },
          },
        },
        actor: "webhook",
        occurred_at: now,
      }
    case "late_charge_failure": {
      const current = await loadState(membership, command.membership_id)
      const plan = await loadPlan(membership, current.plan_id)
      const charge = await membership.retrieveMembershipCharge(command.charge_id)
      const dueAt = new Date(charge.due_at)
      const [renewal] = charge.order_id ? await membership.listMembershipPeriods({ order_id: charge.order_id }) : []
      const [previous] = await membership.listMembershipPeriods(
        { membership_id: current.id, ends_at: { $lte: dueAt }, id: { $ne: renewal?.id ?? "" } },
        { order: { ends_at: "DESC" }, take: 1 }
      )
      const transition = lateChargeFailureTransition(current, plan, {
        dueAt,
        attempt: charge.attempt,
        previousStart: previous ? new Date(previous.starts_at) : current.current_period_start,
        reason: command.reason,
        now,
      })
      const takesPeriodBack = Object.keys(transition.update).length > 0
      return {
        membership_id: current.id,
        void_period_id: takesPeriodBack ? renewal?.id : undefined,
        transition,
        actor: "webhook",
        occurred_at: now,
      }
    }
    case "resume": {
      const current = await loadState(membership, command.membership_id)
      assertStatus(current, ["canceled"], "turn auto-renew back on")
      return { membership_id: current.id, transition: resumeTransition(current), actor: command.actor, occurred_at: now }
    }
    case "extend": {
      const current = await loadState(membership, command.membership_id)
      assertStatus(current, ["trialing", "active", "past_due", "canceled"], "extend")
      return {
        membership_id: current.id,
        transition: extendTransition(current, command.days, command.reason),
        actor: command.actor,
        occurred_at: now,
        period: { source: "manual", amount: 0, currency_code: null, note: command.reason },
      }
    }
  }
}

/** The period bought ahead for the membership's scheduled next plan, if any. */
export async function prepaidPeriod(membership: MembershipModuleService, current: MembershipState) {
  if (!current.next_plan_id) {
    return null
  }
  const [period] = await membership.listMembershipPeriods(
    { membership_id: current.id, plan_id: current.next_plan_id, order_id: { $ne: null } },
    { order: { created_at: "DESC" }, take: 1 }
  )
  return period ?? null
}

function assertStatus(current: MembershipState, allowed: MembershipState["status"][], action: string) {
  if (!allowed.includes(current.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot ${action}: the membership is ${current.status}`)
  }
}
