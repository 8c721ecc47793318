import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { redeemPartnerCodeStep } from "../steps/redeem-partner-code"

export type RedeemPartnerCodeWorkflowInput = { partner_id: string; code: string; idempotency_key: string; now?: Date }

export const redeemPartnerCodeWorkflowId = "redeem-partner-code"

/**
 * A partner redeems one of its codes, once per `Idempotency-Key`: the partner module takes the
 * key, locks the code and stores the result with the change in one transaction. Returns the
 * outcome and its body (the partner API decides the status); a key seen before replays its
 * stored result byte for byte and changes nothing, and the key used for another request is
 * `idempotency_key_reused`.
 *
 * @example
 * const { result } = await redeemPartnerCodeWorkflow(container).run({
 *   input: { partner_id: "ptnr_123", code: "CINE-7QK2-M9PD", idempotency_key: "9b2f6c1e-redeem-1" },
 * })
 */
export const redeemPartnerCodeWorkflow = createWorkflow(redeemPartnerCodeWorkflowId, (input: RedeemPartnerCodeWorkflowInput) => {
  return new WorkflowResponse(redeemPartnerCodeStep(input))
})
