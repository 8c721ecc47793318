import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimPartnerCodeStep } from "../steps/claim-partner-code"
import { preparePartnerClaimStep } from "../steps/prepare-partner-claim"
import { recordBenefitUsageStep } from "../../benefits/steps/record-benefit-usage"

export type ClaimPartnerBenefitInput = {
  benefit_id: string
  customer_id: string
  /** Makes a retried claim answer with the same code; a fresh key per request otherwise. */
  claim_key: string
  now?: Date
}

export const claimPartnerBenefitWorkflowId = "claim-partner-benefit"

/** The benefit usage of a claim is keyed by its code, so it is recorded once per code. */
export const partnerClaimUsageKey = (codeId: string) => `partner_code:${codeId}`

/**
 * A customer claims a partner benefit they hold: a code for the entitlement it uses up now
 * (period, month or ever), taken from the pool or generated, and its benefit usage. Claiming
 * again for the same entitlement answers with the code already held (`created: false`) and
 * records nothing. If recording the usage fails, the code goes back to the pool.
 *
 * @example
 * const { result } = await claimPartnerBenefitWorkflow(container).run({
 *   input: { benefit_id: "mbnft_123", customer_id: "cus_123", claim_key: "store:cus_123:mbnft_123:3f2a9c1e" },
 * })
 */
export const claimPartnerBenefitWorkflow = createWorkflow(claimPartnerBenefitWorkflowId, (input: ClaimPartnerBenefitInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  const plan = preparePartnerClaimStep({ benefit_id: input.benefit_id, customer_id: input.customer_id, now })
  const claimed = claimPartnerCodeStep(
    transform({ plan, input, now }, ({ plan, input, now }) => ({
      partner_id: plan.partner_id,
      benefit_id: plan.benefit_id,
      customer_id: input.customer_id,
      membership_id: plan.membership_id,
      entitlement_key: plan.entitlement_key,
      claim_key: input.claim_key,
      source: plan.source,
      expires_at: plan.expires_at,
      now,
    }))
  )
  recordBenefitUsageStep(
    transform({ plan, claimed, input, now }, ({ plan, claimed, input, now }) => ({
      create: claimed.created
        ? [
            {
              customer_id: input.customer_id,
              membership_id: plan.membership_id,
              benefit_id: plan.benefit_id,
              benefit_type: "partner",
              order_id: null,
              value: plan.value,
              currency_code: plan.currency_code,
              used_at: now,
              idempotency_key: partnerClaimUsageKey(claimed.code.id),
              reversed_value: 0,
            },
          ]
        : [],
      reverse: [],
    }))
  )
  return new WorkflowResponse(
    transform({ plan, claimed }, ({ plan, claimed }) => ({ ...claimed, benefit: { id: plan.benefit_id, name: plan.benefit_name } }))
  )
})
