import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MEMBERSHIP_EVENT_NAMES } from "./change-membership"
import { applyMembershipCommandStep } from "../steps/apply-membership-command"
import { failMembershipChargeStep } from "../steps/fail-membership-charge"
import { recordMembershipWebhookEventStep } from "../steps/record-membership-webhook-event"
import { resolveMembershipStripeEventStep } from "../steps/resolve-membership-stripe-event"
import type { MembershipCommand } from "../utils/membership-commands"
import { MEMBERSHIP_LOCK, membershipLockKey } from "../../common/utils/locks"
import type { StripeEventInput } from "../utils/stripe-event-command"

export const handleStripeEventWorkflowId = "handle-membership-stripe-event"

/**
 * Handles one verified Stripe event exactly once (per event id): a redelivery is reported as a
 * duplicate, and the membership change it causes runs under the membership's lock. If handling
 * fails, the event id is forgotten so Stripe's next delivery is handled.
 *
 * @example
 * const { result } = await handleStripeEventWorkflow(container).run({
 *   input: {
 *     event: { id: "evt_123", type: "payment_method.detached", data: { object: { id: "pm_123" } } },
 *   },
 * })
 */
export const handleStripeEventWorkflow = createWorkflow(
  handleStripeEventWorkflowId,
  (input: { event: StripeEventInput; now?: Date }) => {
    const recorded = recordMembershipWebhookEventStep(
      transform({ input }, ({ input }) => ({ provider: "stripe", event_id: input.event.id, type: input.event.type }))
    )

    const resolved = when("resolve-new-stripe-event", { recorded }, ({ recorded }) => !recorded.duplicate).then(() =>
      resolveMembershipStripeEventStep(transform({ input }, ({ input }) => ({ event: input.event, now: input.now ?? new Date() })))
    )

    when({ resolved }, ({ resolved }) => Boolean(resolved?.charge_id)).then(() => {
      failMembershipChargeStep(
        transform({ resolved }, ({ resolved }) => ({
          charge_id: resolved!.charge_id!,
          reason: (resolved!.command as Extract<MembershipCommand, { kind: "late_charge_failure" }>).reason,
        }))
      )
    })

    const change = when("apply-stripe-event", { resolved }, ({ resolved }) => Boolean(resolved)).then(() => {
      const lockKey = transform({ resolved }, ({ resolved }) =>
        membershipLockKey((resolved!.command as Exclude<MembershipCommand, { kind: "purchase" }>).membership_id)
      )
      acquireLockStep({ key: lockKey, timeout: MEMBERSHIP_LOCK.timeout, ttl: MEMBERSHIP_LOCK.ttl })
      const applied = applyMembershipCommandStep(transform({ resolved }, ({ resolved }) => resolved!.command))
      releaseLockStep({ key: lockKey })
      return applied
    })

    const notification = transform({ change }, ({ change }) => {
      const name = change ? MEMBERSHIP_EVENT_NAMES[change.event_type] : undefined
      return name ? { name, data: { id: change!.membership_id, change: change!.event_type } } : null
    })
    when({ notification }, ({ notification }) => Boolean(notification)).then(() => {
      emitEventStep({ eventName: notification!.name, data: notification!.data })
    })

    return new WorkflowResponse(
      transform({ recorded, change }, ({ recorded, change }) => ({ duplicate: recorded.duplicate, change: change?.event_type ?? null }))
    )
  }
)
