import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A key of `partner_id`; another partner's key is a 404, as an unknown one. */
export async function retrievePartnerApiKey(container: MedusaContainer, partnerId: string, keyId: string) {
  const [key] = await container.resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerApiKeys({ id: keyId, partner_id: partnerId }, { select: ["id", "revoked_at"] })
  if (!key) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `API key ${keyId} was not found`)
  }
  return key
}

export const revokePartnerApiKeyStepId = "revoke-partner-api-key"

/** Revokes a partner's key (again: nothing changes); rollback un-revokes a key this step revoked. */
export const revokePartnerApiKeyStep = createStep(
  revokePartnerApiKeyStepId,
  async (input: { partner_id: string; id: string }, { container }) => {
    const previous = await retrievePartnerApiKey(container, input.partner_id, input.id)
    const apiKey = await container.resolve<PartnerModuleService>(PARTNER_MODULE).revokeApiKey(input.id)
    return new StepResponse(apiKey, previous.revoked_at ? null : input.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).updatePartnerApiKeys({ id, revoked_at: null })
    }
  }
)
