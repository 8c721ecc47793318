import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { partnerClaimUsageKey } from "./claim-partner-benefit"
import { recordBenefitUsageStep } from "../../benefits/steps/record-benefit-usage"
import { loadPartnerVoidWindowStep } from "../steps/load-partner-void-window"
import { planPartnerUsageReversalStep } from "../steps/plan-partner-usage-reversal"
import { voidPartnerCodeStep } from "../steps/void-partner-code"

export type VoidPartnerCodeWorkflowInput = { partner_id: string; code: string; idempotency_key?: string | null; now?: Date }

export const voidPartnerCodeWorkflowId = "void-partner-code"

/**
 * A partner voids a code it redeemed, within its benefit's `void_window_hours`: the code
 * becomes `void`, the member's entitlement is free again and the claim's benefit usage is
 * reversed in full. Returns the outcome and its body (the partner API decides the status); an
 * `Idempotency-Key` seen before replays its stored result and changes nothing. If the reversal fails, the code is
 * redeemed again.
 *
 * @example
 * const { result } = await voidPartnerCodeWorkflow(container).run({
 *   input: { partner_id: "ptnr_123", code: "CINE-7QK2-M9PD", idempotency_key: "9b2f6c1e-void-1" },
 * })
 */
export const voidPartnerCodeWorkflow = createWorkflow(voidPartnerCodeWorkflowId, (input: VoidPartnerCodeWorkflowInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  const hours = loadPartnerVoidWindowStep(transform({ input, now }, ({ input, now }) => ({ partner_id: input.partner_id, code: input.code, now })))
  const voided = voidPartnerCodeStep(
    transform({ input, now, hours }, ({ input, now, hours }) => ({
      partner_id: input.partner_id,
      code: input.code,
      idempotency_key: input.idempotency_key ?? null,
      void_window_hours: hours,
      now,
    }))
  )
  const reversal = planPartnerUsageReversalStep(
    transform({ voided }, ({ voided }) => ({ usage_key: voided.voided_code_id ? partnerClaimUsageKey(voided.voided_code_id) : null }))
  )
  recordBenefitUsageStep(reversal)
  return new WorkflowResponse(transform({ voided }, ({ voided }) => voided.result))
})
