import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { partners } from "../utils/partner-api-key"

export const createPartnerApiKeyStepId = "create-partner-api-key"
/**
 * Creates an API key for an existing partner; the answer holds the full key, shown once.
 * Rollback deletes the key (nobody has seen it).
 */
export const createPartnerApiKeyStep = createStep(
  createPartnerApiKeyStepId,
  async (input: { partner_id: string; name: string; created_by?: string | null }, { container }) => {
    const service = partners(container)
    await service.retrievePartner(input.partner_id)
    const created = await service.createApiKey(input)
    return new StepResponse(created, created.api_key.id)
  },
  async (id, { container }) => {
    if (id) {
      await partners(container).deletePartnerApiKeys(id)
    }
  }
)
