import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, isLive, pastDueExpiry } from "../../../modules/membership"
import { captureIfAuthorized } from "../../common/steps/server-checkout"
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

export const claimMembershipRenewalStepId = "claim-membership-renewal"

/**
 * Decides what a membership needs at `now` and, for a charge, claims the attempt by inserting
 * its row: the unique key lets exactly one worker charge a given membership, period and attempt.
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

    const recovered = await recoverPaidCharge(container, membership, state.id, dueAt, now)
    if (recovered) {
      return new StepResponse<RenewalClaim>(recovered)
    }

    const attempt = state.failed_attempts + 1
    const key = chargeKey(state.id, dueAt, attempt)
    const [existing] = await membership.listMembershipCharges({ idempotency_key: key }, { select: ["id", "status", "created_at"] })
    if (existing) {
      if (existing.status === "pending" && now.getTime() - new Date(existing.created_at).getTime() > STALE_CHARGE_MS) {
        // Interrupted before its outcome was written, and (see recoverPaidCharge) no order came of it.
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

type ChargeRow = { id: string; status: string; order_id: string | null; cart_id: string | null; plan_id: string; created_at: Date | string; amount: unknown; currency_code: string | null }

/**
 * A charge for this due date whose renewal order exists but whose renewal was never applied
 * (the worker stopped in between): the money was taken, so the renewal is applied from it. A
 * stale pending attempt whose cart was completed is captured and finished the same way.
 */
async function recoverPaidCharge(
  container: MedusaContainer,
  membership: MembershipModuleService,
  membershipId: string,
  dueAt: Date,
  now: Date
): Promise<Extract<RenewalClaim, { action: "recover" }> | null> {
  const charges = (await membership.listMembershipCharges({ membership_id: membershipId, due_at: dueAt })) as unknown as ChargeRow[]
  for (const charge of charges) {
    let orderId = charge.status === "succeeded" ? charge.order_id : null
    if (!orderId && charge.status === "pending" && charge.cart_id && now.getTime() - new Date(charge.created_at).getTime() > STALE_CHARGE_MS) {
      orderId = await completedOrderOf(container, charge.cart_id)
      if (orderId) {
        await captureIfAuthorized(container, orderId)
        const total = await orderTotal(container, orderId)
        await membership.updateMembershipCharges({ id: charge.id, status: "succeeded", order_id: orderId, amount: total })
        charge.amount = total
      }
    }
    if (orderId && !(await membership.listMembershipPeriods({ order_id: orderId })).length) {
      return {
        action: "recover",
        membership_id: membershipId,
        due_at: dueAt,
        plan_id: charge.plan_id,
        order_id: orderId,
        amount: Number(charge.amount ?? 0),
        currency_code: charge.currency_code ?? "",
      }
    }
  }
  return null
}

async function completedOrderOf(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "order.id"], filters: { id: cartId } })
  const cart = data[0] as { completed_at?: unknown; order?: { id: string } | null } | undefined
  return cart?.completed_at && cart.order ? cart.order.id : null
}

async function orderTotal(container: MedusaContainer, orderId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: orderId } })
  return Number((data[0] as { total?: unknown } | undefined)?.total ?? 0)
}
