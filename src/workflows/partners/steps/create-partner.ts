import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PartnerFields, partners } from "../utils/partner-fields"

export const createPartnerStepId = "create-partner"
/** Creates a partner; rollback deletes it. */
export const createPartnerStep = createStep(
  createPartnerStepId,
  async (input: PartnerFields & { name: string }, { container }) => {
    const partner = await partners(container).createPartners(input)
    return new StepResponse(partner, partner.id)
  },
  async (id, { container }) => {
    if (id) {
      await partners(container).deletePartners(id)
    }
  }
)
