import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, refundPaymentsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { applyMembershipCommandStep } from "../steps/apply-membership-command"
import { quoteMembershipRefundStep } from "../steps/quote-membership-refund"
import { recordPeriodRefundStep } from "../steps/record-period-refund"
import { MEMBERSHIP_LOCK, membershipLockKey } from "../../common/utils/locks"

export type CancelMembershipNowInput = {
  membership_id: string
  reason: string
  /** Refund by the plan's policy (default); false ends the membership without a refund. */
  refund?: boolean
  actor_id?: string
  now?: Date
}

export const cancelMembershipNowWorkflowId = "cancel-membership-now"

/**
 * A merchant ends a membership at once and refunds by the plan's policy through Medusa's refund
 * on the payments that paid the periods not over yet (the current one and any bought ahead).
 * Runs under the membership's lock. The refund runs last: if it fails, the rest is undone.
 *
 * @example
 * const { result } = await cancelMembershipNowWorkflow(container).run({
 *   input: { membership_id: "mbr_123", reason: "Requested by the customer", actor_id: "user_123" },
 * })
 */
export const cancelMembershipNowWorkflow = createWorkflow(cancelMembershipNowWorkflowId, (input: CancelMembershipNowInput) => {
  const lockKey = transform({ input }, ({ input }) => membershipLockKey(input.membership_id))
  acquireLockStep({ key: lockKey, timeout: MEMBERSHIP_LOCK.timeout, ttl: MEMBERSHIP_LOCK.ttl })
  const now = transform({ input }, ({ input }) => (input.now ? new Date(input.now) : new Date()))
  const quote = quoteMembershipRefundStep(
    transform({ input, now }, ({ input, now }) => ({ membership_id: input.membership_id, now, refund: input.refund !== false }))
  )

  const applied = applyMembershipCommandStep(
    transform({ input, now, quote }, ({ input, now, quote }) => ({
      kind: "cancel_now" as const,
      membership_id: input.membership_id,
      reason: input.reason,
      refund: { amount: quote.amount, currency_code: quote.currency_code, policy: quote.policy },
      now,
    }))
  )

  when("refund-paid-periods", { quote }, ({ quote }) => quote.refunds.length > 0).then(() => {
    recordPeriodRefundStep(quote.refunds)
    refundPaymentsWorkflow.runAsStep({
      input: transform({ quote, input }, ({ quote, input }) =>
        quote.refunds.map((refund) => ({
          payment_id: refund.payment_id,
          amount: refund.amount,
          created_by: input.actor_id,
          note: `Membership canceled: ${input.reason}`,
        }))
      ),
    })
    emitEventStep({
      eventName: "membership.refunded",
      data: transform({ applied, quote }, ({ applied, quote }) => ({
        id: applied.membership_id,
        amount: quote.amount,
        currency_code: quote.currency_code,
        policy: quote.policy,
      })),
    }).config({ name: "emit-membership-refunded" })
  })

  emitEventStep({
    eventName: "membership.canceled",
    data: transform({ applied }, ({ applied }) => ({ id: applied.membership_id, immediately: true })),
  }).config({ name: "emit-membership-canceled" })

  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ applied, quote }, ({ applied, quote }) => ({
      membership_id: applied.membership_id,
      refund: quote.amount > 0 ? { amount: quote.amount, currency_code: quote.currency_code, policy: quote.policy } : null,
    }))
  )
})
