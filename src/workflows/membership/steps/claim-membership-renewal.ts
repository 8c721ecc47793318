import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, isLive, pastDueExpiry } from "../../../modules/membership"
import { loadPlan, loadState, prepaidPeriod } from "../utils/membership-commands"

export type RenewalClaim =
  | { action: "none" }
  | { action: "expire"; membership_id: string; cause: string }
  | { action: "switch"; membership_id: string; due_at: Date }
  | { action: "interrupted"; membership_id: string; due_at: Date; reason: string }
  | { action: "recover"; membership_id: string; due_at: Date; plan_id: string; order_id: string; amount: number; currency_code: string }
  | {
      action: "charge"
      membership_id: string
      charge_id: string
      idempotency_key: string
      due_at: Date
      attempt: number
      plan_id: string
      /** The cart of an attempt a dead worker left pending, carried on by the charge. */
      cart_id: string | null
    }

/** The key of one charge attempt; it is also the payment provider's idempotency key. */
export const chargeKey = (membershipId: string, dueAt: Date, attempt: number) =>
  `membership:${membershipId}:period:${dueAt.toISOString()}:attempt:${attempt}`

export const claimMembershipRenewalStepId = "claim-membership-renewal"

/**
 * Decides what a membership needs at `now` and, for a charge, claims the attempt by inserting
 * its row: the unique key lets exactly one worker charge a given membership, period and attempt.
 * It runs under the membership's lease (`renewMembership`), so an attempt row it finds that
 * has no applied outcome was left by a worker that died: a pending one is carried on from what
 * it left (its cart, its payment session, its order), not counted as a failed payment; a failed
 * one has its failure applied.
 */
export const claimMembershipRenewalStep = createStep(
  claimMembershipRenewalStepId,
  async (input: { membership_id: string; now: Date }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const now = new Date(input.now)
    const state = await loadState(membership, input.membership_id)
    const plan = await loadPlan(membership, state.plan_id)
    const dueAt = state.current_period_end

    if (isLive(state.status) && state.next_plan_id && dueAt <= now) {
      if (await prepaidPeriod(membership, state)) {
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

    const recovered = await recoverPaidCharge(membership, state.id, dueAt)
    if (recovered) {
      return new StepResponse<RenewalClaim>(recovered)
    }

    const attempt = state.failed_attempts + 1
    const key = chargeKey(state.id, dueAt, attempt)
    const [existing] = (await membership.listMembershipCharges(
      { idempotency_key: key },
      { select: ["id", "status", "cart_id", "plan_id", "error"] }
    )) as unknown as Pick<ChargeRow, "id" | "status" | "cart_id" | "plan_id" | "error">[]
    if (existing?.status === "pending") {
      return new StepResponse<RenewalClaim>({
        action: "charge",
        membership_id: state.id,
        charge_id: existing.id,
        idempotency_key: key,
        due_at: dueAt,
        attempt,
        plan_id: existing.plan_id,
        cart_id: existing.cart_id,
      })
    }
    if (existing?.status === "failed") {
      const reason = existing.error ?? "payment failed"
      return new StepResponse<RenewalClaim>({ action: "interrupted", membership_id: state.id, due_at: dueAt, reason })
    }
    if (existing) {
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
        cart_id: null,
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

type ChargeRow = {
  id: string
  status: string
  order_id: string | null
  cart_id: string | null
  plan_id: string
  amount: unknown
  currency_code: string | null
  error: string | null
}

/**
 * A charge for this due date that succeeded but whose renewal was never applied (the worker
 * stopped in between): the money was taken, so the renewal is applied from it.
 */
async function recoverPaidCharge(
  membership: MembershipModuleService,
  membershipId: string,
  dueAt: Date
): Promise<Extract<RenewalClaim, { action: "recover" }> | null> {
  const charges = (await membership.listMembershipCharges({ membership_id: membershipId, due_at: dueAt, status: "succeeded" })) as unknown as ChargeRow[]
  for (const charge of charges) {
    if (charge.order_id && !(await membership.listMembershipPeriods({ order_id: charge.order_id })).length) {
      return {
        action: "recover",
        membership_id: membershipId,
        due_at: dueAt,
        plan_id: charge.plan_id,
        order_id: charge.order_id,
        amount: Number(charge.amount ?? 0),
        currency_code: charge.currency_code ?? "",
      }
    }
  }
  return null
}
