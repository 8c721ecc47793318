import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE, type PartnerModuleService, type ClaimedPartnerCode, type ClaimPartnerCodeInput } from "../../../modules/partner"

/** The `code` of the conflict an empty pool raises, so a route can tell it from other conflicts. */
export const NO_CODES_LEFT = "no_codes_left"

export const claimPartnerCodeStepId = "claim-partner-code"

/**
 * Assigns the customer a code for their entitlement (an existing live code of the same
 * entitlement or claim key answers with `created: false`). An empty pool is a conflict (409).
 * Rollback gives a new pool code back to the pool (with the expiry it had before the claim) and
 * deletes a new generated code; a code the claim did not create stays as it was.
 */
export const claimPartnerCodeStep = createStep(
  claimPartnerCodeStepId,
  async (input: ClaimPartnerCodeInput, { container }) => {
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    let claimed: ClaimedPartnerCode
    try {
      // Dates may arrive serialized from the workflow's stored input.
      claimed = await partners.claimPartnerCode({
        ...input,
        expires_at: input.expires_at ? new Date(input.expires_at) : null,
        now: input.now ? new Date(input.now) : undefined,
      })
    } catch (error) {
      if ((error as MedusaError).type === MedusaError.Types.NOT_ALLOWED) {
        throw new MedusaError(MedusaError.Types.CONFLICT, (error as Error).message, NO_CODES_LEFT)
      }
      throw error
    }
    const release = claimed.created ? { code_id: claimed.code.id, prior_expires_at: claimed.prior_expires_at } : undefined
    return new StepResponse(claimed, release)
  },
  async (release, { container }) => {
    if (release) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).releasePartnerCode(release.code_id, release.prior_expires_at)
    }
  }
)
