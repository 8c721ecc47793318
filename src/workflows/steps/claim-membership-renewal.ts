import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { isLive, pastDueExpiry } from "../../modules/membership/utils/lifecycle"
import { loadPlan, loadState } from "../utils/membership-commands"

export type RenewalClaim =
  | { action: "none" }
  | { action: "expire"; membership_id: string; cause: string }
  | { action: "switch"; membership_id: string; due_at: Date }
  | { action: "interrupted"; membership_id: string; due_at: Date; reason: string }
  | {
      action: "charge"
      membership_id: string
      charge_id: string
      idempotency_key: string
      due_at: Date
      attempt: number
      plan_id: string
    }

/**
 * A claimed attempt still pending after this long was interrupted (the worker died mid-charge).
 * Renewals only capture once the order exists, so such an attempt took no money: it counts as
 * failed and dunning goes on with the next attempt.
 */
export const STALE_CHARGE_MS = 60 * 60 * 1000

/** The key of one charge attempt; it is also the payment provider's idempotency key. */
export const chargeKey = (membershipId: string, dueAt: Date, attempt: number) =>
  `membership:${membershipId}:period:${dueAt.toISOString()}:attempt:${attempt}`

/**
 * Decides what a membership needs at `now` and, for a charge, claims the attempt by inserting
 * its row: the unique key lets exactly one worker charge a given membership, period and attempt.
 */
export const claimMembershipRenewalStep = createStep(
  "claim-membership-renewal",
  async (input: { membership_id: string; now: Date }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const now = new Date(input.now)
    const state = await loadState(membership, input.membership_id)
    const plan = await loadPlan(membership, state.plan_id)
    const dueAt = state.current_period_end

    if (isLive(state.status) && state.next_plan_id && dueAt <= now) {
      const [prepaid] = await membership.listMembershipPeriods({ membership_id: state.id, plan_id: state.next_plan_id, starts_at: dueAt })
      if (prepaid) {
        return new StepResponse<RenewalClaim>({ action: "switch", membership_id: state.id, due_at: dueAt })
      }
    }
    if (state.status === "canceled" && dueAt <= now) {
      return new StepResponse<RenewalClaim>({ action: "expire", membership_id: state.id, cause: "The period ended with auto-renew off" })
    }
    const pastDueEnd = pastDueExpiry(state, plan)
    if (pastDueEnd && !state.next_charge_at && pastDueEnd <= now) {
      return new StepResponse<RenewalClaim>({
        action: "expire",
        membership_id: state.id,
        cause: "Renewal payment failed after every retry and the grace period ended",
      })
    }
    if (!["trialing", "active", "past_due"].includes(state.status) || !state.next_charge_at || state.next_charge_at > now) {
      return new StepResponse<RenewalClaim>({ action: "none" })
    }
    const renewedPlanId = state.next_plan_id ?? state.plan_id
    const renewedPlan = await membership.retrieveMembershipPlan(renewedPlanId, { select: ["status"] })
    if (renewedPlan.status !== "active") {
      return new StepResponse<RenewalClaim>({ action: "expire", membership_id: state.id, cause: "The plan is no longer sold, so it was not renewed" })
    }

    const attempt = state.failed_attempts + 1
    const key = chargeKey(state.id, dueAt, attempt)
    const [existing] = await membership.listMembershipCharges({ idempotency_key: key }, { select: ["id", "status", "created_at"] })
    if (existing) {
      if (existing.status === "pending" && now.getTime() - new Date(existing.created_at).getTime() > STALE_CHARGE_MS) {
        const reason = "the charge was interrupted before it finished; nothing was captured"
        await membership.updateMembershipCharges({ id: existing.id, status: "failed", error: reason })
        return new StepResponse<RenewalClaim>({ action: "interrupted", membership_id: state.id, due_at: dueAt, reason })
      }
      return new StepResponse<RenewalClaim>({ action: "none" })
    }
    try {
      const charge = await membership.createMembershipCharges({
        membership_id: state.id,
        idempotency_key: key,
        due_at: dueAt,
        attempt,
        plan_id: renewedPlanId,
      })
      return new StepResponse<RenewalClaim>({
        action: "charge",
        membership_id: state.id,
        charge_id: charge.id,
        idempotency_key: key,
        due_at: dueAt,
        attempt,
        plan_id: renewedPlanId,
      })
    } catch (error) {
      // Another worker inserted the same attempt first: it charges, this one does nothing.
      const [raced] = await membership.listMembershipCharges({ idempotency_key: key }, { select: ["id"] })
      if (raced) {
        return new StepResponse<RenewalClaim>({ action: "none" })
      }
      throw error
    }
  }
)
