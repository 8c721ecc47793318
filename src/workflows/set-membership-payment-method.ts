import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { applyMembershipCommandStep } from "./steps/apply-membership-command"
import { verifySavedPaymentMethodStep } from "./steps/verify-saved-payment-method"

export const setMembershipPaymentMethodWorkflowId = "set-membership-payment-method"

/**
 * The member chooses the saved payment method renewals charge. A past-due membership is
 * retried with it at the next renewal run instead of waiting for the next dunning date.
 */
export const setMembershipPaymentMethodWorkflow = createWorkflow(
  setMembershipPaymentMethodWorkflowId,
  (input: { membership_id: string; customer_id: string; provider_id: string; payment_method_id: string; now?: Date }) => {
    verifySavedPaymentMethodStep(input)
    const applied = applyMembershipCommandStep(
      transform({ input }, ({ input }) => ({
        kind: "payment_method_set" as const,
        membership_id: input.membership_id,
        provider_id: input.provider_id,
        payment_method_id: input.payment_method_id,
        now: input.now ?? new Date(),
      }))
    )
    return new WorkflowResponse(applied)
  }
)
