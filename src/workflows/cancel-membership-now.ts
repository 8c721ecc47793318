import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { applyMembershipCommandStep } from "./steps/apply-membership-command"
import { quoteMembershipRefundStep } from "./steps/quote-membership-refund"
import { recordPeriodRefundStep } from "./steps/record-period-refund"

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
 * on the payment that paid the period. The refund runs last: if it fails, the rest is undone.
 */
export const cancelMembershipNowWorkflow = createWorkflow(cancelMembershipNowWorkflowId, (input: CancelMembershipNowInput) => {
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

  when({ quote }, ({ quote }) => quote.amount > 0 && Boolean(quote.payment_id && quote.period_id)).then(() => {
    recordPeriodRefundStep(transform({ quote }, ({ quote }) => ({ period_id: quote.period_id!, amount: quote.amount })))
    refundPaymentWorkflow.runAsStep({
      input: transform({ quote, input }, ({ quote, input }) => ({
        payment_id: quote.payment_id!,
        amount: quote.amount,
        created_by: input.actor_id,
        note: `Membership canceled: ${input.reason}`,
      })),
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

  return new WorkflowResponse(
    transform({ applied, quote }, ({ applied, quote }) => ({
      membership_id: applied.membership_id,
      refund: quote.amount > 0 ? { amount: quote.amount, currency_code: quote.currency_code, policy: quote.policy } : null,
    }))
  )
})
