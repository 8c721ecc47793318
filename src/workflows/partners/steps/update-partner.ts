import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PartnerFields } from "../utils/partner-fields"

export const updatePartnerStepId = "update-partner"

/** Updates a partner; rollback writes the previous values back. */
export const updatePartnerStep = createStep(
  updatePartnerStepId,
  async (input: PartnerFields & { id: string }, { container }) => {
    const service = container.resolve<PartnerModuleService>(PARTNER_MODULE)
    const previous = await service.retrievePartner(input.id)
    const { id, ...change } = input
    const partner = await service.updatePartners({ id, ...change })
    const restore = Object.fromEntries(Object.keys(change).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(partner, { ...restore, id })
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).updatePartners(restore as never)
    }
  }
)
