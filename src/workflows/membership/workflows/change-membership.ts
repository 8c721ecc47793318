import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { applyMembershipCommandStep } from "../steps/apply-membership-command"
import type { MembershipCommand } from "../utils/membership-commands"
import { MEMBERSHIP_LOCK, membershipLockKey } from "../../common/utils/locks"

/** Module events emitted per history entry type, for notifications. */
export const MEMBERSHIP_EVENT_NAMES: Partial<Record<string, string>> = {
  activated: "membership.activated",
  trial_started: "membership.activated",
  renewed: "membership.renewed",
  payment_failed: "membership.payment_failed",
  canceled: "membership.canceled",
  expired: "membership.expired",
  refunded: "membership.refunded",
}

export const changeMembershipWorkflowId = "change-membership"

/**
 * Applies one lifecycle command (cancel at period end, resume, extend, expire, a renewal's
 * outcome…) and emits the matching `membership.*` event, one command at a time per membership
 * (lock). If a later step fails, the change is undone.
 *
 * @example
 * const { result } = await changeMembershipWorkflow(container).run({
 *   input: {
 *     kind: "cancel_at_period_end",
 *     membership_id: "mbr_123",
 *     actor: "customer",
 *     cause: "Auto-renew turned off by the member",
 *     now: new Date(),
 *   },
 * })
 */
export const changeMembershipWorkflow = createWorkflow(changeMembershipWorkflowId, (command: MembershipCommand) => {
  const lockKey = transform({ command }, ({ command }) =>
    membershipLockKey((command as Exclude<MembershipCommand, { kind: "purchase" }>).membership_id)
  )
  acquireLockStep({ key: lockKey, timeout: MEMBERSHIP_LOCK.timeout, ttl: MEMBERSHIP_LOCK.ttl })
  const applied = applyMembershipCommandStep(command)
  const eventName = transform({ applied }, ({ applied }) => MEMBERSHIP_EVENT_NAMES[applied.event_type] ?? null)
  when({ eventName }, ({ eventName }) => Boolean(eventName)).then(() => {
    emitEventStep({
      eventName: eventName as unknown as string,
      data: transform({ applied }, ({ applied }) => ({ id: applied.membership_id, change: applied.event_type })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(applied)
})
