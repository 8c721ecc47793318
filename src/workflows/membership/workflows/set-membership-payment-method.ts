import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { applyMembershipCommandStep } from "../steps/apply-membership-command"
import { verifySavedPaymentMethodStep } from "../steps/verify-saved-payment-method"
import { MEMBERSHIP_LOCK, membershipLockKey } from "../../common/utils/locks"

export const setMembershipPaymentMethodWorkflowId = "set-membership-payment-method"

/**
 * The member chooses the saved payment method renewals charge. A past-due membership is
 * retried with it at the next renewal run instead of waiting for the next dunning date. The
 * method must be saved for the customer with the provider; the change runs under the membership's lock.
 *
 * @example
 * const { result } = await setMembershipPaymentMethodWorkflow(container).run({
 *   input: { membership_id: "mbr_123", customer_id: "cus_123", provider_id: "pp_stripe_stripe", payment_method_id: "pm_123" },
 * })
 */
export const setMembershipPaymentMethodWorkflow = createWorkflow(
  setMembershipPaymentMethodWorkflowId,
  (input: { membership_id: string; customer_id: string; provider_id: string; payment_method_id: string; now?: Date }) => {
    verifySavedPaymentMethodStep(input)
    const lockKey = transform({ input }, ({ input }) => membershipLockKey(input.membership_id))
    acquireLockStep({ key: lockKey, timeout: MEMBERSHIP_LOCK.timeout, ttl: MEMBERSHIP_LOCK.ttl })
    const applied = applyMembershipCommandStep(
      transform({ input }, ({ input }) => ({
        kind: "payment_method_set" as const,
        membership_id: input.membership_id,
        provider_id: input.provider_id,
        payment_method_id: input.payment_method_id,
        now: input.now ?? new Date(),
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(applied)
  }
)
