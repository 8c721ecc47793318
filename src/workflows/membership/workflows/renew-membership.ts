import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { applyMembershipCommandStep } from "../steps/apply-membership-command"
import { chargeMembershipRenewalStep } from "../steps/charge-membership-renewal"
import { claimMembershipRenewalStep } from "../steps/claim-membership-renewal"
import { MEMBERSHIP_EVENT_NAMES } from "./change-membership"
import type { MembershipCommand } from "../utils/membership-commands"
import { MEMBERSHIP_LOCK, membershipLockKey } from "../../common/utils/locks"
import { underLease } from "../../common/steps/lease"

export const renewMembershipWorkflowId = "renew-membership"

/**
 * Does what one membership needs at `now`: charge a due renewal or retry (then renew or start
 * dunning), switch to a prepaid next plan, or expire it. Safe to run concurrently for the same
 * membership: only the worker that claims the attempt charges, and a charge made stays recorded
 * even if a later step fails. Run it through `renewMembership`, which holds the membership's lock
 * as a renewed lease, so a worker that dies mid-renewal frees the membership within seconds.
 *
 * @example
 * const { result } = await renewMembershipWorkflow(container).run({ input: { membership_id: "mbr_123", now: new Date() } })
 */
export const renewMembershipWorkflow = createWorkflow(
  renewMembershipWorkflowId,
  (input: { membership_id: string; now: Date }) => {
    const claim = claimMembershipRenewalStep(input)

    const charged = when("charge-due-renewal", { claim }, ({ claim }) => claim.action === "charge").then(() =>
      chargeMembershipRenewalStep(
        transform({ claim }, ({ claim }) => {
          const charge = claim as Extract<typeof claim, { action: "charge" }>
          return {
            membership_id: charge.membership_id,
            charge_id: charge.charge_id,
            idempotency_key: charge.idempotency_key,
            plan_id: charge.plan_id,
            cart_id: charge.cart_id,
          }
        })
      )
    )

    const command = transform({ claim, charged, input }, ({ claim, charged, input }): MembershipCommand | null => {
      const now = new Date(input.now)
      switch (claim.action) {
        case "expire":
          return { kind: "expire", membership_id: claim.membership_id, cause: claim.cause, actor: "system", now }
        case "recover":
          return {
            kind: "renewed",
            membership_id: claim.membership_id,
            plan_id: claim.plan_id,
            due_at: claim.due_at,
            order_id: claim.order_id,
            amount: claim.amount,
            currency_code: claim.currency_code,
            now,
          }
        case "interrupted":
          return { kind: "charge_failed", membership_id: claim.membership_id, due_at: claim.due_at, reason: claim.reason, now }
        case "switch":
          return { kind: "prepaid_switch", membership_id: claim.membership_id, due_at: claim.due_at, now }
        case "charge":
          return charged!.ok
            ? {
                kind: "renewed",
                membership_id: claim.membership_id,
                plan_id: claim.plan_id,
                due_at: claim.due_at,
                order_id: charged!.order_id,
                amount: charged!.amount,
                currency_code: charged!.currency_code,
                now,
              }
            : { kind: "charge_failed", membership_id: claim.membership_id, due_at: claim.due_at, reason: charged!.reason, now }
        default:
          return null
      }
    })

    const applied = when("apply-renewal-outcome", { command }, ({ command }) => Boolean(command)).then(() => {
      const result = applyMembershipCommandStep(command as unknown as MembershipCommand)
      const event = transform({ result }, ({ result }) => ({
        name: MEMBERSHIP_EVENT_NAMES[result.event_type] ?? "membership.renewed",
        data: { id: result.membership_id, change: result.event_type },
      }))
      emitEventStep({ eventName: event.name, data: event.data })
      return result
    })

    return new WorkflowResponse(transform({ claim, applied }, ({ claim, applied }) => ({ action: claim.action, change: applied?.event_type ?? null })))
  }
)

/** Runs `renewMembershipWorkflow` for one membership under its lock (`membership:{id}`). */
export async function renewMembership(container: MedusaContainer, membershipId: string, now: Date) {
  return underLease(
    container,
    membershipLockKey(membershipId),
    async () => (await renewMembershipWorkflow(container).run({ input: { membership_id: membershipId, now } })).result,
    MEMBERSHIP_LOCK.timeout
  )
}
