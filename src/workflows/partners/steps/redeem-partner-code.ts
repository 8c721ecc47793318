import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE, type PartnerModuleService, type RedeemPartnerCodeInput } from "../../../modules/partner"

export const redeemPartnerCodeStepId = "redeem-partner-code"

/**
 * Redeems the code (or tells why not, or replays the key's stored result). No rollback: the
 * module has no call that takes a redemption back, and the result is stored with it for the
 * key's replays.
 */
export const redeemPartnerCodeStep = createStep(redeemPartnerCodeStepId, async (input: RedeemPartnerCodeInput, { container }) => {
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  // Workflow inputs travel serialized: a Date arrives as a string.
  const result = await partners.redeemPartnerCode({ ...input, now: input.now ? new Date(input.now) : undefined })
  return new StepResponse(result)
})
