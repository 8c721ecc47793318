import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deleteTierGroupStepId = "delete-tier-group"

/** Deletes the customer group of a deleted tier, once its members were moved out. */
export const deleteTierGroupStep = createStep(deleteTierGroupStepId, async (groupId: string | null, { container }) => {
  if (groupId) {
    await container.resolve(Modules.CUSTOMER).deleteCustomerGroups(groupId)
  }
  return new StepResponse(undefined)
})
