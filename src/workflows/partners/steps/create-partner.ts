import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PartnerFields } from "../utils/partner-fields"

export const createPartnerStepId = "create-partner"

/** Creates a partner; rollback deletes it. */
export const createPartnerStep = createStep(
  createPartnerStepId,
  async (input: PartnerFields & { name: string }, { container }) => {
    const partner = await container.resolve<PartnerModuleService>(PARTNER_MODULE).createPartners(input)
    return new StepResponse(partner, partner.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).deletePartners(id)
    }
  }
)
