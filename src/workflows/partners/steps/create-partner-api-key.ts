import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createPartnerApiKeyStepId = "create-partner-api-key"

/**
 * Creates an API key for an existing partner; the answer holds the full key, shown once.
 * Rollback deletes the key (nobody has seen it).
 */
export const createPartnerApiKeyStep = createStep(
  createPartnerApiKeyStepId,
  async (input: { partner_id: string; name: string; created_by?: string | null }, { container }) => {
    const service = container.resolve<PartnerModuleService>(PARTNER_MODULE)
    await service.retrievePartner(input.partner_id)
    const created = await service.createApiKey(input)
    return new StepResponse(created, created.api_key.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).deletePartnerApiKeys(id)
    }
  }
)
