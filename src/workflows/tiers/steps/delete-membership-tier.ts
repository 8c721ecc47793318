import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"

export const deleteMembershipTierStepId = "delete-membership-tier"

/** Soft-deletes a tier (its members are re-evaluated next); rollback restores it. */
export const deleteMembershipTierStep = createStep(
  deleteMembershipTierStepId,
  async (id: string, { container }) => {
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    const tier = await tierModule.retrieveMembershipTier(id)
    await tierModule.softDeleteMembershipTiers([id])
    return new StepResponse(tier, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<TierModuleService>(TIER_MODULE).restoreMembershipTiers([id])
    }
  }
)
